using OpenAI.Chat;

namespace Contoso.Support.Domain;

/// <summary>Decides how urgent a ticket is. Written straight against the OpenAI SDK, as many first versions are.</summary>
public sealed class TicketTriageService
{
    private readonly ChatClient chat;

    public TicketTriageService(string apiKey)
    {
        chat = new ChatClient("gpt-4o", apiKey);
    }

    public async Task<TicketPriority> TriageAsync(Ticket ticket, CancellationToken cancellationToken = default)
    {
        var messages = new List<ChatMessage>
        {
            new SystemChatMessage("Answer with one word: Low, Normal or Urgent."),
            new UserChatMessage($"{ticket.Subject}\n\n{ticket.Body}"),
        };

        ChatCompletion completion = await chat.CompleteChatAsync(messages, cancellationToken: cancellationToken);
        return Enum.TryParse<TicketPriority>(completion.Content[0].Text.Trim(), ignoreCase: true, out var priority)
            ? priority
            : TicketPriority.Normal;
    }

    /// <summary>Exposes the vendor client to callers, which spreads the lock-in further.</summary>
    public ChatClient Client => chat;
}
