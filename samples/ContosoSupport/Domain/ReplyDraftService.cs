using Anthropic;
using Anthropic.Models.Messages;

namespace Contoso.Support.Domain;

/// <summary>Drafts a reply with Claude; the model id is written into the code.</summary>
public sealed class ReplyDraftService(AnthropicClient client)
{
    public async Task<string> DraftAsync(Ticket ticket, CancellationToken cancellationToken = default)
    {
        var parameters = new MessageCreateParams
        {
            Model = "claude-sonnet-4-5",
            MaxTokens = 512,
            Messages = [new UserMessageParam { Content = $"Draft a polite reply to: {ticket.Body}" }],
        };

        var message = await client.Messages.Create(parameters, cancellationToken);
        return string.Concat(message.Content.Select(block => block.TryPickText(out var text) ? text.Text : string.Empty));
    }
}
