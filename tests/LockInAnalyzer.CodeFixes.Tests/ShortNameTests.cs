using System.Threading.Tasks;
using LockInAnalyzer.CodeFixes.Abstractions;
using LockInAnalyzer.CodeFixes.Tests.Verification;
using Xunit;

namespace LockInAnalyzer.CodeFixes.Tests
{
    /// <summary>
    /// The abstraction fix writes its generated names short only where that provably binds the same; where a member or a
    /// local of the same name is in scope it leaves the name to Roslyn's simplifier, so the result is what the simplifier
    /// alone gives (the same test passes on the code before the fix wrote names itself).
    /// </summary>
    public sealed class ShortNameTests
    {
        [Fact]
        public async Task A_member_named_like_a_generated_type_keeps_that_name_qualified_and_a_local_leaves_the_type_short()
        {
            var test = new FixTest()
                .WithEditorConfig("[*.cs]\nlockin.adapter_namespaces = *.Infrastructure.Ai\n")
                .WithSource("Domain/Triage.cs", """
                    using System.Collections.Generic;
                    using System.Threading.Tasks;
                    using OpenAI.Chat;

                    namespace Contoso.Support.Domain;

                    public sealed class Triage(ChatClient chat)
                    {
                        private string ChatRole { get; } = "triage";

                        public async Task<string> TriageAsync(string subject)
                        {
                            var ChatResponse = ChatRole.Length;
                            var messages = new List<ChatMessage> { new SystemChatMessage("Answer with one word."), new UserChatMessage(subject) };
                            ChatCompletion completion = await chat.CompleteChatAsync(messages);
                            return completion.Content[0].Text + ChatResponse;
                        }
                    }
                    """)
                .WithSource("Infrastructure/Ai/Marker.cs", "namespace Contoso.Support.Infrastructure.Ai;\n\ninternal static class Marker\n{\n}\n");

            var result = await test.ApplyAsync(new DependOnAbstractionCodeFixProvider(), DependOnAbstractionCodeFixProvider.EquivalenceKey, "LOCK002", "Domain/Triage.cs", "ChatClient chat");

            result.AssertText("Domain/Triage.cs", """
                using System.Collections.Generic;
                using System.Threading.Tasks;
                using Microsoft.Extensions.AI;

                namespace Contoso.Support.Domain;

                public sealed class Triage(IChatClient chat)
                {
                    private string ChatRole { get; } = "triage";

                    public async Task<string> TriageAsync(string subject)
                    {
                        var ChatResponse = ChatRole.Length;
                        var messages = new List<ChatMessage> { new ChatMessage(Microsoft.Extensions.AI.ChatRole.System, "Answer with one word."), new ChatMessage(Microsoft.Extensions.AI.ChatRole.User, subject) };
                        ChatResponse completion = await chat.GetResponseAsync(messages);
                        return completion.Text + ChatResponse;
                    }
                }
                """);
            result.AssertCompiles();
        }
    }
}
