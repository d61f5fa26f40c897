using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace CommunityOfPractice.Benchmarks;

/// <summary>
/// Issue 17's slow link: pages opened in Chromium throttled to 1.6 Mbps down, 750 kbps up and 300 ms of round trip
/// (DevTools' network emulation), cache off, each run in a fresh context. Reports when each page is usable (the room's
/// composer enabled, the practices' first result shown) and the bytes it took (HTTP bodies and headers as received,
/// plus the WebSocket frames, until the page's load event and a second after).
/// </summary>
internal static class SlowLinkBenchmark
{
    private const double DownBytesPerSecond = 1_600_000 / 8.0;
    private const double UpBytesPerSecond = 750_000 / 8.0;
    private const double RoundTripMs = 300;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 5)
        {
            Console.Error.WriteLine("usage: slowlink <baseUrl> <email> <password> <debateId> <runs>");
            return 2;
        }
        var baseUrl = new Uri(args[0]);
        var cookie = await FanOutBenchmark.SignInAsync(baseUrl, args[1], args[2]);
        var debateId = int.Parse(args[3], CultureInfo.InvariantCulture);
        var runs = int.Parse(args[4], CultureInfo.InvariantCulture);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BenchChromium.LaunchAsync(playwright);
        var pages = new (string Name, string Path, string Usable, bool SignedIn)[]
        {
            ("practices list (anonymous)", "/practices", ".practice-results li", false),
            ("practices search (anonymous)", "/practices?q=peer", "[data-testid=total]", false),
            ("debate room (member)", $"/debates/{debateId}", "[data-testid=post-button]:not([disabled])", true),
            ("home (member)", "/", "main h1", true),
        };
        Console.WriteLine($"Throttled to {DownBytesPerSecond * 8 / 1e6:0.0} Mbps down, {UpBytesPerSecond * 8 / 1e3:0} kbps up, {RoundTripMs:0} ms round trip; cache off; {runs} runs each.");
        Console.WriteLine("| page | usable after (each run) | bytes received, HTTP + WebSocket (last run, to its load event and a second after) |");
        Console.WriteLine("| --- | --- | --- |");
        foreach (var (name, path, usable, signedIn) in pages)
        {
            var times = new List<double>();
            long http = 0, socket = 0;
            for (var run = 0; run < runs; run++)
            {
                await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
                if (signedIn)
                {
                    await BenchChromium.SignInAsync(context, cookie, baseUrl);
                }
                var page = await context.NewPageAsync();
                var cdp = await context.NewCDPSessionAsync(page);
                long runHttp = 0, runSocket = 0;
                cdp.Event("Network.loadingFinished").OnEvent += (_, e) => Interlocked.Add(ref runHttp, (long)(e?.GetProperty("encodedDataLength").GetDouble() ?? 0));
                cdp.Event("Network.webSocketFrameReceived").OnEvent += (_, e) =>
                    Interlocked.Add(ref runSocket, e?.GetProperty("response").GetProperty("payloadData").GetString()?.Length ?? 0);
                await cdp.SendAsync("Network.enable");
                await cdp.SendAsync("Network.setCacheDisabled", new Dictionary<string, object> { ["cacheDisabled"] = true });
                await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
                {
                    ["offline"] = false, ["latency"] = RoundTripMs, ["downloadThroughput"] = DownBytesPerSecond, ["uploadThroughput"] = UpBytesPerSecond,
                });
                var clock = Stopwatch.StartNew();
                await page.GotoAsync(new Uri(baseUrl, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Commit, Timeout = 120_000 });
                await page.Locator(usable).First.WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
                times.Add(clock.Elapsed.TotalSeconds);
                // The page's whole weight: what it fetched until its load event, and a second of quiet after.
                await page.WaitForLoadStateAsync(LoadState.Load, new PageWaitForLoadStateOptions { Timeout = 120_000 });
                await Task.Delay(1000);
                http = Interlocked.Read(ref runHttp);
                socket = Interlocked.Read(ref runSocket);
            }
            Console.WriteLine($"| {name} | {string.Join(" / ", times.Select(t => t.ToString("0.00", CultureInfo.InvariantCulture) + " s"))} | {http / 1024.0:0} KB + {socket / 1024.0:0} KB |");
        }
        return 0;
    }
}
