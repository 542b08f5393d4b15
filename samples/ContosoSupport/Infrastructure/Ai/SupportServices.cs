using Anthropic;
using Contoso.Support.Domain;
using OpenAI.Chat;

namespace Contoso.Support.Infrastructure.Ai;

/// <summary>The composition root: picks the vendors. It lives in the adapter namespace, so it is not reported.</summary>
public static class SupportServices
{
    public static (TicketTriageService Triage, ChatTriageService NeutralTriage, ReplyDraftService Drafts) Create(string apiKey, string chatModel) =>
        (new TicketTriageService(apiKey),
         new ChatTriageService(new OpenAiChatAdapter(new ChatClient(chatModel, apiKey))),
         new ReplyDraftService(new AnthropicClient { ApiKey = apiKey }));
}
