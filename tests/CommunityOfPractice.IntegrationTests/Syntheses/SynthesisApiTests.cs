using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CommunityOfPractice.IntegrationTests.Hosting;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Syntheses;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Syntheses;

/// <summary>The coordinating body's systems pull finalised syntheses with client-credentials tokens from the real token endpoint.</summary>
[Collection(AppCollection.Name)]
public sealed partial class SynthesisApiTests(CommunityAppFactory app)
{
    [GeneratedRegex("data-testid=\"client-id\">([^<]+)<")]
    private static partial Regex ClientIdShown();

    [GeneratedRegex("data-testid=\"client-secret\">([^<]+)<")]
    private static partial Regex SecretShown();

    private async Task<(string ClientId, string Secret, Browser Admin)> RegisterClientAsync(string name)
    {
        var admin = new Browser(app);
        await admin.SignInAsync(await app.AdministratorAsync());
        var page = await admin.SubmitAsync("/admin/api-clients", "register", new Dictionary<string, string> { ["name"] = name });
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return (ClientIdShown().Match(page.Html).Groups[1].Value, WebUtility.HtmlDecode(SecretShown().Match(page.Html).Groups[1].Value), admin);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> TokenAsync(string clientId, string secret, string? scope = "syntheses.read")
    {
        using var client = app.CreateClient();
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret };
        if (scope is not null)
        {
            form["scope"] = scope;
        }
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(form));
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private HttpClient Bearer(string token)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task A_registered_client_gets_a_token_and_downloads_each_export_of_a_finalised_synthesis()
    {
        var debate = await SynthesisSetup.ClosedDebateAsync(app);
        var (synthesisId, version) = await SynthesisSetup.FinalisedAsync(app, debate, await SynthesisSetup.CoordinatorAsync(app));
        var (clientId, secret, admin) = await RegisterClientAsync("Coordinating body reporting");
        using var signedIn = admin;
        Assert.StartsWith("cop-", clientId);
        Assert.True(secret.Length >= 40, $"The client secret should be at least 40 characters long, but is {secret.Length}.");
        Assert.DoesNotContain(secret, (await admin.GetAsync("/admin/api-clients")).Html);

        var (status, token) = await TokenAsync(clientId, secret);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Bearer", token.GetProperty("token_type").GetString());
        using var api = Bearer(token.GetProperty("access_token").GetString()!);

        var list = await api.GetFromJsonAsync<JsonElement>("/api/syntheses");
        var entry = list.EnumerateArray().Single(e => e.GetProperty("id").GetInt32() == synthesisId);
        Assert.Equal(1, entry.GetProperty("version").GetInt32());
        Assert.EndsWith($"/api/syntheses/{synthesisId}/export?format=docx", entry.GetProperty("exports").GetProperty("docx").GetString());

        var document = await api.GetFromJsonAsync<JsonElement>($"/api/syntheses/{synthesisId}");
        Assert.Equal(1, document.GetProperty("version").GetInt32());
        Assert.Equal("en", document.GetProperty("language").GetString());
        Assert.Equal(debate.Id, document.GetProperty("debate").GetProperty("id").GetInt32());

        foreach (var (format, contentType) in new[] { ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), ("md", "text/markdown"), ("html", "text/html"), ("json", "application/json"), ("csv", "text/csv") })
        {
            using var response = await api.GetAsync($"/api/syntheses/{synthesisId}/export?format={format}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
            Assert.Equal($"synthesis-{synthesisId}-v1.{format}", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            Assert.DoesNotContain(SynthesisSetup.Secret, text);
            Assert.DoesNotContain("HIDDEN-post-text", text);
            if (format == "docx")
            {
                using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
                Assert.Empty(new OpenXmlValidator().Validate(word).Select(e => e.Description));
                var body = word.MainDocumentPart!.Document!.Body!;
                // The cover: the publisher, then the title, then the version.
                Assert.Equal("Title", body.Elements<Paragraph>().ElementAt(1).ParagraphProperties!.ParagraphStyleId!.Val!.Value);
                Assert.Contains("Participation", body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText));
                Assert.Contains(SynthesisSetup.NamedQuote, word.MainDocumentPart.FootnotesPart!.Footnotes!.InnerText);
                Assert.DoesNotContain(SynthesisSetup.Secret, word.MainDocumentPart.FootnotesPart.Footnotes.InnerText);
            }
            else if (format != "csv")
            {
                Assert.Contains(SynthesisSetup.NamedQuote, text);
            }
        }

        var unknownFormat = await api.GetAsync($"/api/syntheses/{synthesisId}/export?format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, unknownFormat.StatusCode);
        Assert.Contains("docx, md, html, json or csv", await unknownFormat.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_synthesis_written_in_french_reaches_the_client_in_french()
    {
        var debate = await SynthesisSetup.ClosedDebateAsync(app);
        var (synthesisId, _) = await SynthesisSetup.FinalisedAsync(app, debate, await SynthesisSetup.CoordinatorAsync(app), "fr");
        var (clientId, secret, admin) = await RegisterClientAsync("French reader");
        using var signedIn = admin;
        using var api = Bearer((await TokenAsync(clientId, secret)).Body.GetProperty("access_token").GetString()!);

        var document = await api.GetFromJsonAsync<JsonElement>($"/api/syntheses/{synthesisId}");
        Assert.Equal("fr", document.GetProperty("language").GetString());
        Assert.StartsWith("Synthèse du débat", document.GetProperty("title").GetString());
        Assert.Equal("Résumé", document.GetProperty("sections")[0].GetProperty("heading").GetString());

        var docx = await api.GetByteArrayAsync($"/api/syntheses/{synthesisId}/export?format=docx");
        using (var word = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(word).Select(e => e.Description));
            Assert.Equal("fr", word.PackageProperties.Language);
            Assert.Contains("Le débat", word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText));
        }
        var html = await api.GetStringAsync($"/api/syntheses/{synthesisId}/export?format=html");
        Assert.Contains("<html lang=\"fr\">", html);
        var markdown = await api.GetStringAsync($"/api/syntheses/{synthesisId}/export?format=md");
        Assert.Contains("## Le débat", markdown);
        // The posts CSV is data: its column names stay the same in every language.
        var csv = await api.GetStringAsync($"/api/syntheses/{synthesisId}/export?format=csv");
        Assert.StartsWith("post_id,parent_id,question,", csv);
    }

    [Fact]
    public async Task The_sample_client_downloads_a_finalised_synthesis_as_word()
    {
        var debate = await SynthesisSetup.ClosedDebateAsync(app);
        var (synthesisId, _) = await SynthesisSetup.FinalisedAsync(app, debate, await SynthesisSetup.CoordinatorAsync(app));
        var (clientId, secret, admin) = await RegisterClientAsync("Sample client");
        using var signedIn = admin;
        using var http = app.CreateClient();
        var folder = Directory.CreateTempSubdirectory().FullName;

        var path = await SynthesisClient.SynthesisDownloader.DownloadAsync(http, clientId, secret, synthesisId, folder);

        Assert.Equal($"synthesis-{synthesisId}-v1.docx", Path.GetFileName(path));
        using (var word = WordprocessingDocument.Open(path, false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(word));
        }
        await Assert.ThrowsAsync<InvalidOperationException>(() => SynthesisClient.SynthesisDownloader.DownloadAsync(http, clientId, secret + "x", synthesisId, folder));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_draft_never_leaves_through_the_api()
    {
        var debate = await SynthesisSetup.ClosedDebateAsync(app);
        var coordinator = await SynthesisSetup.CoordinatorAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var (draft, _) = await scope.ServiceProvider.GetRequiredService<EditSynthesis>().StartAsync(new Actor(coordinator.Id, coordinator.DisplayName), debate.Id);
        var (clientId, secret, admin) = await RegisterClientAsync("Draft reader");
        using var signedIn = admin;
        using var api = Bearer((await TokenAsync(clientId, secret)).Body.GetProperty("access_token").GetString()!);

        foreach (var path in new[] { $"/api/syntheses/{draft!.Id}", $"/api/syntheses/{draft.Id}/export?format=docx", $"/api/syntheses/{draft.Id}/export?format=csv" })
        {
            using var response = await api.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains("drafts are not published through the API", problem.GetProperty("detail").GetString());
            Assert.DoesNotContain(SynthesisSetup.NamedQuote, problem.ToString());
        }
        Assert.DoesNotContain((await api.GetFromJsonAsync<JsonElement>("/api/syntheses")).EnumerateArray(), e => e.GetProperty("id").GetInt32() == draft.Id);
    }

    [Fact]
    public async Task A_client_not_allowed_the_syntheses_scope_gets_a_token_that_answers_403()
    {
        var clientId = "cop-noscope-" + Guid.NewGuid().ToString("N")[..8];
        const string secret = "a secret for a client without scopes";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OpenIddict.Abstractions.IOpenIddictApplicationManager>().CreateAsync(new OpenIddict.Abstractions.OpenIddictApplicationDescriptor
            {
                ClientId = clientId,
                ClientSecret = secret,
                ClientType = OpenIddict.Abstractions.OpenIddictConstants.ClientTypes.Confidential,
                DisplayName = "No scope",
                Permissions = { OpenIddict.Abstractions.OpenIddictConstants.Permissions.Endpoints.Token, OpenIddict.Abstractions.OpenIddictConstants.Permissions.GrantTypes.ClientCredentials },
            });
        }

        var (status, token) = await TokenAsync(clientId, secret, scope: null);

        Assert.Equal(HttpStatusCode.OK, status);
        using var api = Bearer(token.GetProperty("access_token").GetString()!);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/syntheses")).StatusCode);
    }

    [Fact]
    public async Task No_token_is_401_a_token_asked_without_a_scope_gets_the_clients_scopes_and_bad_clients_get_no_token()
    {
        var (clientId, secret, admin) = await RegisterClientAsync("Scope tester");
        using var signedIn = admin;
        using var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/syntheses")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/syntheses/1/export?format=docx")).StatusCode);
        using (var forged = Bearer("not-a-token"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/syntheses")).StatusCode);
        }

        var (noScopeStatus, noScope) = await TokenAsync(clientId, secret, scope: null);
        Assert.Equal(HttpStatusCode.OK, noScopeStatus);
        using (var unscoped = Bearer(noScope.GetProperty("access_token").GetString()!))
        {
            // Asked without a scope, the token carries the client's allowed scope (it used to answer only 403).
            Assert.Equal(HttpStatusCode.OK, (await unscoped.GetAsync("/api/syntheses")).StatusCode);
        }

        var (otherStatus, other) = await TokenAsync(clientId, secret, scope: "practices.write");
        Assert.Equal(HttpStatusCode.BadRequest, otherStatus);
        Assert.Equal("invalid_scope", other.GetProperty("error").GetString());
        Assert.False(other.TryGetProperty("access_token", out _),
            $"A token request for a scope the client does not have should not return an access token: {other}");

        var (unknownStatus, unknown) = await TokenAsync("cop-unknown", secret);
        Assert.NotEqual(HttpStatusCode.OK, unknownStatus);
        Assert.Equal("invalid_client", unknown.GetProperty("error").GetString());
        Assert.Equal("invalid_client", (await TokenAsync(clientId, secret + "x")).Body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Rotating_a_secret_retires_the_old_one_and_its_tokens_and_revoking_ends_the_client()
    {
        var (clientId, oldSecret, admin) = await RegisterClientAsync("Rotation tester");
        using var signedIn = admin;
        var oldToken = (await TokenAsync(clientId, oldSecret)).Body.GetProperty("access_token").GetString()!;
        using (var before = Bearer(oldToken))
        {
            Assert.Equal(HttpStatusCode.OK, (await before.GetAsync("/api/syntheses")).StatusCode);
        }

        var rotated = await admin.SubmitAsync("/admin/api-clients", "client", new Dictionary<string, string> { ["action"] = $"rotate:{clientId}" });
        var newSecret = WebUtility.HtmlDecode(SecretShown().Match(rotated.Html).Groups[1].Value);
        Assert.NotEqual("", newSecret);
        Assert.NotEqual(oldSecret, newSecret);

        Assert.Equal("invalid_client", (await TokenAsync(clientId, oldSecret)).Body.GetProperty("error").GetString());
        using (var stale = Bearer(oldToken))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await stale.GetAsync("/api/syntheses")).StatusCode);
        }
        var newToken = (await TokenAsync(clientId, newSecret)).Body.GetProperty("access_token").GetString()!;
        using (var fresh = Bearer(newToken))
        {
            Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/syntheses")).StatusCode);
        }

        var revoked = await admin.SubmitAsync("/admin/api-clients", "client", new Dictionary<string, string> { ["action"] = $"revoke:{clientId}" });
        Assert.Contains("data-testid", revoked.Html);
        Assert.DoesNotContain($"client-{clientId}", revoked.Html);
        Assert.Equal("invalid_client", (await TokenAsync(clientId, newSecret)).Body.GetProperty("error").GetString());
        using var afterRevoke = Bearer(newToken);
        Assert.Equal(HttpStatusCode.Unauthorized, (await afterRevoke.GetAsync("/api/syntheses")).StatusCode);
    }

    [Fact]
    public async Task Discovery_the_openapi_document_and_the_reference_page_describe_the_api()
    {
        using var client = app.CreateClient();
        var discovery = await client.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        Assert.EndsWith("/connect/token", discovery.GetProperty("token_endpoint").GetString());
        Assert.Contains("client_credentials", discovery.GetProperty("grant_types_supported").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("syntheses.read", discovery.GetProperty("scopes_supported").EnumerateArray().Select(e => e.GetString()));

        var openApi = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = openApi.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/syntheses", out _), "The OpenAPI document should describe /api/syntheses.");
        Assert.True(paths.TryGetProperty("/api/syntheses/{id}/export", out _), "The OpenAPI document should describe /api/syntheses/{id}/export.");
        Assert.False(paths.TryGetProperty("/connect/token", out _), "The OpenAPI document should not describe the token endpoint /connect/token.");

        var schema = await client.GetFromJsonAsync<JsonElement>("/api/syntheses/schema.json");
        Assert.True(schema.GetProperty("properties").TryGetProperty("footnotes", out _), "The synthesis JSON schema should define a footnotes property.");

        var reference = await client.GetStringAsync("/api-reference");
        Assert.Contains("GET /api/syntheses/{id}/export", reference);
        Assert.Contains("/connect/token", reference);
    }

    [Fact]
    public async Task The_openapi_document_says_what_the_api_returns_enumerations_security_parameters_and_errors()
    {
        var debate = await SynthesisSetup.ClosedDebateAsync(app);
        var (synthesisId, _) = await SynthesisSetup.FinalisedAsync(app, debate, await SynthesisSetup.CoordinatorAsync(app));
        using var client = app.CreateClient();
        var openApi = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var schemas = openApi.GetProperty("components").GetProperty("schemas");

        // A section's key is returned as "summary": the document says a string, from the same list.
        var sectionKey = schemas.GetProperty("SynthesisSection");
        Assert.Equal(["summary", "agreements", "disagreements", "gaps", "recommendations"], sectionKey.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        var registered = await RegisterClientAsync("Document reader");
        using var signedIn = registered.Admin;
        using var api = Bearer((await TokenAsync(registered.ClientId, registered.Secret)).Body.GetProperty("access_token").GetString()!);
        var returned = await api.GetFromJsonAsync<JsonElement>($"/api/syntheses/{synthesisId}");
        Assert.Equal("summary", returned.GetProperty("sections")[0].GetProperty("key").GetString());
        // The language a synthesis is written in is documented, as a string; versions from before it had one leave it out.
        var language = schemas.GetProperty("SynthesisDocument").GetProperty("properties").GetProperty("language");
        Assert.Contains("string", language.GetProperty("type").ToString());
        Assert.Equal("en", returned.GetProperty("language").GetString());

        // The client-credentials flow, its token address and scope, required by every syntheses operation but the schema.
        var flow = openApi.GetProperty("components").GetProperty("securitySchemes").GetProperty("clientCredentials");
        Assert.Equal("oauth2", flow.GetProperty("type").GetString());
        Assert.Equal("/connect/token", flow.GetProperty("flows").GetProperty("clientCredentials").GetProperty("tokenUrl").GetString());
        var paths = openApi.GetProperty("paths");
        foreach (var path in new[] { "/api/syntheses", "/api/syntheses/{id}", "/api/syntheses/{id}/export" })
        {
            var operation = paths.GetProperty(path).GetProperty("get");
            Assert.Equal("syntheses.read", operation.GetProperty("security")[0].GetProperty("clientCredentials")[0].GetString());
            foreach (var status in new[] { "401", "403" })
            {
                Assert.True(operation.GetProperty("responses").GetProperty(status).GetProperty("content").TryGetProperty("application/problem+json", out _),
                    $"{path} should declare its {status} as problem details.");
            }
        }
        Assert.False(paths.GetProperty("/api/syntheses/schema.json").GetProperty("get").TryGetProperty("security", out _), "The schema is public: no token needed.");
        Assert.True(paths.GetProperty("/api/syntheses/{id}").GetProperty("get").GetProperty("responses").TryGetProperty("404", out _), "A missing synthesis is a declared 404.");
        Assert.True(paths.GetProperty("/api/practices/{slug}").GetProperty("get").GetProperty("responses").TryGetProperty("404", out _), "A missing practice is a declared 404.");

        // The list's query parameters, as /practices reads them.
        var parameters = paths.GetProperty("/api/practices").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("schema"));
        Assert.Equal(["q", "region", "country", "area", "theme", "type", "lang", "year", "sort", "page"], parameters.Keys);
        Assert.Contains("Africa", parameters["region"].GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("integer", parameters["page"].GetProperty("type").GetString());
        // HEAD is answered, but described once, as its GET.
        Assert.False(paths.GetProperty("/api/practices").TryGetProperty("head", out _), "HEAD should not be a second operation with the same id.");
    }

    [Fact]
    public async Task Api_errors_are_problem_details_that_the_document_declares_not_the_peoples_error_page()
    {
        using var anonymous = app.CreateClient();
        foreach (var (path, status) in new[] { ("/api/syntheses", HttpStatusCode.Unauthorized), ("/api/syntheses/1", HttpStatusCode.Unauthorized), ("/api/practices/no-such-entry", HttpStatusCode.NotFound) })
        {
            using var response = await anonymous.GetAsync(path);
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        }
        // The people's pages keep their readable page.
        using var page = await anonymous.GetAsync("/practices/no-such-entry");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);

        // Every API answer of this app so far, in every test of the collection, kept to the document.
        Assert.True(app.ApiConformance.Violations.Count == 0, string.Join("\n\n", app.ApiConformance.Violations));
        Assert.True(app.ApiConformance.BodiesChecked > 0, "No API body was checked against its schema.");
    }
}
