using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace SynthesisClient;

/// <summary>
/// Gets a token with the client-credentials grant (the token endpoint is read from the server's discovery document),
/// lists the finalised syntheses and downloads one as Word.
/// </summary>
public static class SynthesisDownloader
{
    public static async Task<string> DownloadAsync(HttpClient http, string clientId, string clientSecret, int? synthesisId, string folder, CancellationToken cancellationToken = default)
    {
        var discovery = await http.GetFromJsonAsync<JsonElement>(".well-known/openid-configuration", cancellationToken);
        var tokenEndpoint = discovery.GetProperty("token_endpoint").GetString()!;
        using var tokenResponse = await http.PostAsync(tokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
            ["scope"] = "syntheses.read",
        }), cancellationToken);
        var token = await tokenResponse.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        if (!tokenResponse.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"No token: {token.GetProperty("error").GetString()} ({token.GetProperty("error_description").GetString()})");
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "api/syntheses");
        var bearer = new AuthenticationHeaderValue("Bearer", token.GetProperty("access_token").GetString());
        request.Headers.Authorization = bearer;
        using var listResponse = await http.SendAsync(request, cancellationToken);
        listResponse.EnsureSuccessStatusCode();
        var syntheses = await listResponse.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        var chosen = syntheses.EnumerateArray()
            .FirstOrDefault(s => synthesisId is null || s.GetProperty("id").GetInt32() == synthesisId);
        if (chosen.ValueKind == JsonValueKind.Undefined)
        {
            throw new InvalidOperationException(synthesisId is null ? "No synthesis is finalised yet." : $"Synthesis {synthesisId} is not finalised or does not exist.");
        }

        using var download = new HttpRequestMessage(HttpMethod.Get, chosen.GetProperty("exports").GetProperty("docx").GetString());
        download.Headers.Authorization = bearer;
        using var file = await http.SendAsync(download, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        file.EnsureSuccessStatusCode();
        var name = Path.GetFileName(file.Content.Headers.ContentDisposition?.FileNameStar ?? file.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? "synthesis.docx");
        var path = Path.Combine(folder, name);
        await using (var output = File.Create(path))
        {
            await file.Content.CopyToAsync(output, cancellationToken);
        }
        return path;
    }
}
