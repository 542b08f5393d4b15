using System.Linq;
using System.Threading.Tasks;
using LockInAnalyzer.Tests.Rules;
using LockInAnalyzer.Tests.Verification;
using Xunit;

namespace LockInAnalyzer.Tests.Scratch
{
    public class ScratchTests
    {
        [Fact]
        public async Task Explore()
        {
            var r = await new AnalyzerTest(AnalyzerSet.All.ToArray()) { AllowCompilerErrors = true }.WithSource(@"
using System;
using System.Linq;
using System.Collections.Generic;
using System.Threading.Tasks;
using OpenAI.Chat;
using Anthropic;
using Anthropic.Models.Messages;

public class S
{
    public async Task Run(ChatClient client, AnthropicClient a)
    {
        await foreach (var update in client.CompleteChatStreamingAsync(""x""))
        {
            Console.Write(update.ContentUpdate.Count);
        }
        var list = new List<ChatMessage> { new UserChatMessage(""hi""), ""implicit"" };
        object o = client;
        if (o is ChatClient { Model: ""gpt-4o"" } c) { }
        var completion = (await client.CompleteChatAsync(list)).Value;
        foreach (var part in completion.Content) Console.WriteLine(part.Text);
        var texts = completion.Content.Select(p => p.Text).ToList();
        Func<ChatClient, string> f = x => x.Model;
        var m = new MessageCreateParams { Model = Model.ClaudeSonnet4_5, MaxTokens = 1, Messages = new List<MessageParam>() };
        var p2 = m with { MaxTokens = 2 };
        try { } catch (Anthropic.Exceptions.AnthropicApiException e) when (e.Message != null) { }
        string model = ""claude-sonnet-4-5"";
        switch (model) { case ""gpt-4o"": break; }
        var t = typeof(List<>);
    }
    public T Get<T>() where T : ChatClient => default!;
}
").AnalyzeAsync();
            throw new System.Exception(string.Join("\n", r.Diagnostics.Select(DiagnosticText.Describe)) + "\n" + string.Join("\n", r.Compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)));
        }
    }
}
