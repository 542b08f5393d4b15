using Microsoft.Extensions.AI;

namespace Contoso.Support.Domain;

/// <summary>The way out: the same triage written against Microsoft.Extensions.AI. Nothing here is reported.</summary>
public sealed class ChatTriageService(IChatClient chat)
{
    public async Task<TicketPriority> TriageAsync(Ticket ticket, CancellationToken cancellationToken = default)
    {
        var response = await chat.GetResponseAsync($"Low, Normal or Urgent? {ticket.Subject}", cancellationToken: cancellationToken);
        return Enum.TryParse<TicketPriority>(response.Text.Trim(), ignoreCase: true, out var priority) ? priority : TicketPriority.Normal;
    }
}
