using Microsoft.Extensions.AI;
using OpenAI.Chat;
using AiChatMessage = Microsoft.Extensions.AI.ChatMessage;
using AiChatRole = Microsoft.Extensions.AI.ChatRole;

namespace Contoso.Support.Infrastructure.Ai;

/// <summary>
/// The adapter boundary: the only place that knows OpenAI. Domain code depends on <see cref="IChatClient"/>.
/// The namespace matches lockin.adapter_namespaces in .editorconfig, so nothing here is reported.
/// </summary>
public sealed class OpenAiChatAdapter(ChatClient client) : IChatClient
{
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<AiChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var converted = messages.Select(m => m.Role == AiChatRole.System
            ? (OpenAI.Chat.ChatMessage)new SystemChatMessage(m.Text)
            : new UserChatMessage(m.Text)).ToList();
        ChatCompletion completion = await client.CompleteChatAsync(converted, cancellationToken: cancellationToken);
        return new ChatResponse(new AiChatMessage(AiChatRole.Assistant, completion.Content[0].Text));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<AiChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Streaming is not used by this sample.");

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}
