namespace Contoso.Support.Domain;

public sealed record Ticket(int Id, string Customer, string Subject, string Body);

public enum TicketPriority
{
    Low,
    Normal,
    Urgent,
}
