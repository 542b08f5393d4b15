using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace LockInAnalyzer.Validation;

/// <summary>
/// The reviewer's first pass over a file, independent of the analyzers: a file is a candidate for "coupled to a
/// proprietary AI vendor" when, outside comments and string literals, it imports a vendor SDK namespace or names a
/// vendor client, settings type or registration method of an SDK or integration layer. Text only, no symbols: it
/// over-approximates (an unused import, a user's own class called <c>OpenAIClient</c>) and under-approximates (a
/// vendor type reached through <c>var</c> with no import); judgments.tsv records the reviewer's decision for every
/// file where the two passes disagree.
/// </summary>
public static class IndependentCheck
{
    private static readonly Regex VendorImport = new(
        @"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?(?:global::)?(?<ns>"
        + @"OpenAI|Azure\.AI\.OpenAI|Anthropic|Anthropic\.SDK|Azure\.AI\.Inference|Azure\.AI\.Agents(?:\.Persistent)?|Azure\.AI\.Projects|"
        + @"Microsoft\.SemanticKernel\.Connectors\.(?:OpenAI|AzureOpenAI|Google|MistralAI|Amazon|HuggingFace|AzureAIInference)|"
        + @"Microsoft\.SemanticKernel\.Agents\.(?:OpenAI|AzureAI)|Betalgo\.Ranul\.OpenAI|OpenAI_API|Mscc\.GenerativeAI|GenerativeAI|Google\.GenAI|Amazon\.BedrockRuntime|Mistral\.SDK|"
        + @"AgentFrameworkToolkit\.(?:AzureOpenAI|OpenAI|Anthropic|Google|Mistral|XAI|OpenRouter|GitHub|AmazonBedrock)"
        + @")(?:\.[\w.]+)?\s*;",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    private static readonly Regex VendorName = new(
        @"\b(?<name>"
        + @"Add(?:Keyed)?(?:Azure)?OpenAI(?:ChatCompletion|TextEmbeddingGeneration|EmbeddingGenerator|TextToImage|AudioToText|TextToAudio|ChatClient|Client|Files)|"
        + @"Add(?:GoogleAI|VertexAI)Gemini\w*|AddMistral\w+|AddBedrock\w+|AddHuggingFace\w+|AddAzureAIInference\w+|"
        + @"(?:Azure)?OpenAIPromptExecutionSettings|AzureOpenAIClient|OpenAIClient|AnthropicClient|(?:Azure)?OpenAIChatCompletionService|ChatCompletionsClient|PersistentAgentsClient|AIProjectClient|AzureAIAgent|OpenAIAssistantAgent"
        + @")\b",
        RegexOptions.CultureInvariant);

    private static readonly Regex CommentsAndStrings = new(
        @"//[^\n]*|/\*.*?\*/|@""(?:[^""]|"""")*""|""(?:\\.|[^""\\\n])*""",
        RegexOptions.Singleline | RegexOptions.CultureInvariant);

    /// <summary>The evidence found in <paramref name="text"/> (empty when none): imported namespaces and vendor names.</summary>
    public static IReadOnlyList<string> Evidence(string text)
    {
        var code = CommentsAndStrings.Replace(text, m => m.Value.StartsWith("/", System.StringComparison.Ordinal) ? " " : "\"\"");
        return VendorImport.Matches(code).Select(m => "using " + m.Groups["ns"].Value)
            .Concat(VendorName.Matches(code).Select(m => m.Groups["name"].Value))
            .Distinct()
            .OrderBy(e => e, System.StringComparer.Ordinal)
            .ToList();
    }
}
