using System.Net.Http.Json;

namespace Contoso.Support.Infrastructure.Http;

/// <summary>Raw HTTP to a vendor endpoint: no SDK, still locked in by the host and the payload shape.</summary>
public sealed class EmbeddingHttpClient(HttpClient http)
{
    public async Task<float[]> EmbedAsync(string text, CancellationToken cancellationToken = default)
    {
        http.BaseAddress = new Uri("https://api.openai.com/v1/");
        var response = await http.PostAsJsonAsync("embeddings", new { model = "text-embedding-3-small", input = text }, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<EmbeddingResponse>(cancellationToken);
        return body?.Data.FirstOrDefault()?.Embedding ?? [];
    }

    private sealed record EmbeddingResponse(List<EmbeddingItem> Data);

    private sealed record EmbeddingItem(float[] Embedding);
}
