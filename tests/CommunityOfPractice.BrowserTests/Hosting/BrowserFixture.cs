using Microsoft.Playwright;

namespace CommunityOfPractice.BrowserTests.Hosting;

/// <summary>
/// One app on a real Kestrel port and one Debian Chromium process for the whole collection; each test
/// opens its own browser contexts (separate cookies, like separate people).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public CommunityAppFactory App { get; } = new();

    public IBrowser Browser { get; private set; } = default!;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's Chromium (apt-get install chromium); tests/run.sh does it.");
        }
        // A port chosen before the server starts, so that the links in its mails lead back to it.
        var port = FreePort();
        App.PublicBaseUrl = $"http://localhost:{port}";
        App.UseKestrel(port);
        App.StartServer();
        using (var client = App.CreateClient())
        {
            BaseUrl = client.BaseAddress!.ToString().TrimEnd('/');
        }
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A page in a new context (a new person): in <paramref name="language"/>, and dark when the system asks for it.</summary>
    public async Task<IPage> NewPageAsync(string language = "en", ColorScheme colorScheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = language, TimezoneId = "Europe/Paris", ColorScheme = colorScheme });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        playwright?.Dispose();
        await App.DisposeAsync();
    }
}
