using Contoso.Support.Domain;
using Contoso.Support.Infrastructure.Ai;

var ticket = new Ticket(42, "Fabrikam", "Checkout is down", "Customers cannot pay since 09:00.");
if (args.Length < 2)
{
    Console.WriteLine($"Ticket #{ticket.Id}: {ticket.Subject}. Run with <api-key> <chat-model> to call the services.");
    return;
}

var (triage, neutralTriage, drafts) = SupportServices.Create(apiKey: args[0], chatModel: args[1]);
Console.WriteLine(await triage.TriageAsync(ticket));
Console.WriteLine(await neutralTriage.TriageAsync(ticket));
Console.WriteLine(await drafts.DraftAsync(ticket));
