using System.Net;
using System.Text.RegularExpressions;

namespace CommunityOfPractice.IntegrationTests.Hosting;

/// <summary>
/// A person's browser without JavaScript: keeps cookies, does not follow redirects by itself (so tests
/// can see them), and fills in the app's server-rendered forms with their hidden fields and antiforgery token.
/// </summary>
public sealed partial class Browser : IDisposable
{
    private static readonly Uri Origin = new("http://localhost");
    private readonly CookieContainer cookies = new();
    private readonly HttpClient client;

    public Browser(CommunityAppFactory factory) =>
        client = factory.CreateDefaultClient(Origin, new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(cookies));

    /// <summary>A browser whose requests come from <see cref="ClientAddress"/>, which the test may change between requests.</summary>
    public Browser(CommunityAppFactory factory, IPAddress clientAddress)
    {
        ClientAddress = clientAddress;
        var server = factory.Server.CreateHandler(context => context.Connection.RemoteIpAddress = ClientAddress);
        client = new HttpClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(cookies) { InnerHandler = server }) { BaseAddress = Origin };
    }

    /// <summary>The client address the app sees (only for a browser made with one).</summary>
    public IPAddress? ClientAddress { get; set; }

    public HttpClient Client => client;

    /// <summary>The cookies this browser holds, as a Cookie header for other clients (SignalR) acting as the same person.</summary>
    public string CookieHeader => cookies.GetCookieHeader(Origin);

    public async Task<Page> GetAsync(string path)
    {
        using var response = await client.GetAsync(path);
        return await Page.ReadAsync(response);
    }

    /// <summary>Follows redirects like a browser would, up to a few hops.</summary>
    public async Task<Page> NavigateAsync(string path)
    {
        var page = await GetAsync(path);
        for (var hops = 0; page.IsRedirect && hops < 5; hops++)
        {
            page = await GetAsync(page.Location!);
        }
        return page;
    }

    public async Task<Page> SubmitAsync(string path, string formName, IDictionary<string, string> fields, (string Field, string FileName, byte[] Content)? file = null)
    {
        var form = await GetAsync(path);
        Assert.True(form.Status == HttpStatusCode.OK, $"GET {path} answered {(int)form.Status} {form.Location}");
        return await SubmitAsync(form, path, formName, fields, file);
    }

    public async Task<Page> SubmitAsync(Page page, string path, string formName, IDictionary<string, string> fields, (string Field, string FileName, byte[] Content)? file = null)
    {
        var formHtml = Forms().Matches(page.Html).Select(m => m.Value)
            .FirstOrDefault(f => f.Contains($"name=\"_handler\" value=\"{formName}\"", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No form '{formName}' on {path}:\n{page.Html}");
        var values = new Dictionary<string, string>();
        foreach (Match hidden in HiddenInputs().Matches(formHtml))
        {
            values[WebUtility.HtmlDecode(hidden.Groups["name"].Value)] = WebUtility.HtmlDecode(hidden.Groups["value"].Value);
        }
        foreach (var (key, value) in fields)
        {
            values[key] = value;
        }
        HttpContent content;
        if (file is { } upload)
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (key, value) in values)
            {
                multipart.Add(new StringContent(value), key);
            }
            multipart.Add(new ByteArrayContent(upload.Content), upload.Field, upload.FileName);
            content = multipart;
        }
        else
        {
            content = new FormUrlEncodedContent(values);
        }
        var action = ActionOf().Match(formHtml) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : path;
        using var response = await client.PostAsync(string.IsNullOrEmpty(action) ? path : action, content);
        return await Page.ReadAsync(response);
    }

    public async Task SignInAsync(TestPerson person)
    {
        var result = await SubmitAsync("/Account/Login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = person.Email,
            ["Input.Password"] = person.Password,
        });
        Assert.True(result.IsRedirect, $"Sign-in of {person.Email} did not redirect:\n{result.Html}");
        if (result.Location!.Contains("LoginWith2fa", StringComparison.OrdinalIgnoreCase))
        {
            Assert.NotNull(person.AuthenticatorKey);
            var second = await SubmitAsync(result.Location, "login-with-2fa", new Dictionary<string, string>
            {
                ["Input.TwoFactorCode"] = Totp.Code(person.AuthenticatorKey!),
            });
            Assert.True(second.IsRedirect, $"Two-factor sign-in of {person.Email} failed:\n{second.Html}");
        }
    }

    public void Dispose() => client.Dispose();

    [GeneratedRegex("<form[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex Forms();

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"[^>]*>")]
    private static partial Regex HiddenInputs();

    [GeneratedRegex("^<form[^>]*action=\"([^\"]*)\"")]
    private static partial Regex ActionOf();
}
