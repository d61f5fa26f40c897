using System.Net;

namespace CommunityOfPractice.IntegrationTests.Trust;

public sealed class ProductionHostTests
{
    [Fact]
    public async Task Outside_development_the_app_does_not_start_without_its_public_address()
    {
        await using var app = new ProductionAppFactory("");
        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        var messages = string.Join(" | ", Flatten(error).Select(e => e.Message));
        Assert.Contains("PublicBaseUrl is not set", messages);
    }

    [Fact]
    public async Task Outside_development_the_app_answers_only_its_own_host_name()
    {
        await using var app = new ProductionAppFactory("https://community.example.org");
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var poisoned = new HttpRequestMessage(HttpMethod.Get, "/Account/ForgotPassword");
        poisoned.Headers.Host = "evil.example";
        using var refused = await client.SendAsync(poisoned);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        using var own = new HttpRequestMessage(HttpMethod.Get, "/health");
        own.Headers.Host = "community.example.org";
        using var answered = await client.SendAsync(own);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
    }

    [Fact]
    public async Task Outside_development_cookies_are_secure_and_host_prefixed()
    {
        await using var app = new ProductionAppFactory("https://community.example.org");
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("https://community.example.org"),
        });
        using var response = await client.GetAsync("/Account/Login");

        Assert.True(response.Headers.Contains("Set-Cookie"), $"GET /Account/Login answered {(int)response.StatusCode} {response.Headers.Location} without cookies.");
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        var antiforgery = Assert.Single(cookies, c => c.Contains("antiforgery", StringComparison.OrdinalIgnoreCase));
        Assert.StartsWith("__Host-", antiforgery);
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Behind_a_trusted_tls_proxy_the_app_sends_hsts_and_believes_no_other_sender()
    {
        await using var app = new ProductionAppFactory("https://community.example.org", ("ReverseProxy:KnownProxies:0", "10.0.0.1"));
        async Task<HttpResponseMessage> FromAsync(string address)
        {
            using var client = new HttpClient(app.Server.CreateHandler(context => context.Connection.RemoteIpAddress = IPAddress.Parse(address)))
            {
                BaseAddress = new Uri("http://community.example.org"),
            };
            using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
            request.Headers.Add("X-Forwarded-For", "203.0.113.9");
            request.Headers.Add("X-Forwarded-Proto", "https");
            return await client.SendAsync(request);
        }

        using var throughProxy = await FromAsync("10.0.0.1");
        Assert.Equal(HttpStatusCode.OK, throughProxy.StatusCode);
        Assert.True(throughProxy.Headers.TryGetValues("Strict-Transport-Security", out var hsts), "A request the trusted proxy received over TLS should get HSTS.");
        Assert.Contains("max-age=", Assert.Single(hsts));

        // Anyone else saying "https" is not believed: the request stays plain http, and gets no HSTS.
        using var pretending = await FromAsync("192.0.2.7");
        Assert.False(pretending.Headers.Contains("Strict-Transport-Security"), "A client that is not a known proxy must not be believed about https.");
    }

    private static IEnumerable<Exception> Flatten(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }
}
