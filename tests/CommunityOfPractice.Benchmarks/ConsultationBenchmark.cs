using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace CommunityOfPractice.Benchmarks;

/// <summary>
/// Issue 18's member's consultation page: a 300-paragraph standard (30 sections) with 2,000 comments and proposals in
/// an open round, its first and a middle section (the page shows one section at a time), opened in Chromium (1280 px, a
/// fresh context per run, no throttling) by a signed-in member. Reports when its forms are usable (the HTML parsed, the
/// navigation's domInteractive: they are plain forms, which need no script), when its scripts have run
/// (DOMContentLoaded: Blazor's script is deferred), when it is interactive (every live support count follows the round;
/// on the page's own clock from the navigation's start, and on Playwright's wall clock beside it), and its weight; the
/// member's debate room and the practices list are measured the same way, in the same run. One page load before the
/// runs warms Chromium itself up (its first page in a new process is slower, whatever the page).
/// </summary>
internal static class ConsultationBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 5)
        {
            Console.Error.WriteLine("usage: consult <baseUrl> <email> <password> <debateId> <runs>");
            return 2;
        }
        var baseUrl = new Uri(args[0]);
        var cookie = await FanOutBenchmark.SignInAsync(baseUrl, args[1], args[2]);
        var debateId = int.Parse(args[3], CultureInfo.InvariantCulture);
        var runs = int.Parse(args[4], CultureInfo.InvariantCulture);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BenchChromium.LaunchAsync(playwright);
        var pages = new (string Name, string Path, string Interactive)[]
        {
            ("consultation, 2,000 contributions: first section", $"/standards/{StandardSeed.OpenSlug}/consult", "[data-testid=support-count][data-live=on]"),
            ("consultation, 2,000 contributions: middle section (15 of 30)", $"/standards/{StandardSeed.OpenSlug}/consult?section=15", "[data-testid=support-count][data-live=on]"),
            ("debate room, 200 posts", $"/debates/{debateId}", "[data-testid=post-button]:not([disabled])"),
            ("practices list", "/practices", ".practice-results li"),
        };
        Console.WriteLine($"Chromium at 1280 px, a fresh context per run, signed in as a member; {runs} runs each.");
        await using (var warmUp = await browser.NewContextAsync())
        {
            await BenchChromium.SignInAsync(warmUp, cookie, baseUrl);
            await (await warmUp.NewPageAsync()).GotoAsync(new Uri(baseUrl, "/").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 120_000 });
        }
        // The first run of each page is the app's first render of it since it started (its code compiled then): shown, and
        // left out of the median beside it, which is what a member meets on a running app.
        Console.WriteLine("| page | HTML parsed, forms usable (each run) | scripts run (each run) | interactive (each run) | interactive after the first run: median, runs within 1 s | interactive, Playwright's wall clock (each run) | HTML (br) | WebSocket frames received (last run) |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var (name, path, interactive) in pages)
        {
            var parsed = new List<double>();
            var scripted = new List<double>();
            var ready = new List<double>();
            var wall = new List<double>();
            long html = 0, socket = 0;
            for (var run = 0; run < runs; run++)
            {
                await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
                await BenchChromium.SignInAsync(context, cookie, baseUrl);
                var page = await context.NewPageAsync();
                var cdp = await context.NewCDPSessionAsync(page);
                long runHtml = 0, runSocket = 0;
                string? documentId = null;
                cdp.Event("Network.responseReceived").OnEvent += (_, e) =>
                {
                    if (e?.GetProperty("type").GetString() == "Document")
                    {
                        documentId = e.Value.GetProperty("requestId").GetString();
                    }
                };
                cdp.Event("Network.loadingFinished").OnEvent += (_, e) =>
                {
                    if (e?.GetProperty("requestId").GetString() == documentId)
                    {
                        Interlocked.Exchange(ref runHtml, (long)e!.Value.GetProperty("encodedDataLength").GetDouble());
                    }
                };
                cdp.Event("Network.webSocketFrameReceived").OnEvent += (_, e) =>
                    Interlocked.Add(ref runSocket, e?.GetProperty("response").GetProperty("payloadData").GetString()?.Length ?? 0);
                // The live counts' stream as the network saw it: sent, answered (seconds on the browser's monotonic clock).
                var stream = new System.Collections.Concurrent.ConcurrentQueue<string>();
                double? documentSent = null;
                cdp.Event("Network.requestWillBeSent").OnEvent += (_, e) =>
                {
                    var url = e?.GetProperty("request").GetProperty("url").GetString() ?? "";
                    var at = e!.Value.GetProperty("timestamp").GetDouble();
                    documentSent ??= at;
                    if (url.EndsWith("/counts", StringComparison.Ordinal))
                    {
                        stream.Enqueue($"stream sent {(at - documentSent) * 1000:0}");
                    }
                };
                cdp.Event("Network.responseReceived").OnEvent += (_, e) =>
                {
                    if (e?.GetProperty("response").GetProperty("url").GetString()?.EndsWith("/counts", StringComparison.Ordinal) == true)
                    {
                        stream.Enqueue($"stream answered {(e.Value.GetProperty("timestamp").GetDouble() - documentSent) * 1000:0}");
                    }
                };
                await cdp.SendAsync("Network.enable");
                // Interactive on the page's own clock (ms since the navigation started, as the reader lives it): a script
                // installed before the page's own checks every 10 ms from the document's start and notes when it first is,
                // so Playwright's round trips on a busy machine are not counted.
                var condition = path.Contains("/consult", StringComparison.Ordinal)
                    // Every count on the page, not only the first: the page is interactive when the last one is live.
                    ? "document.readyState !== 'loading' && document.querySelector('[data-testid=live-counts][data-live=on]') && document.querySelectorAll('[data-testid=support-count][data-live=off]').length === 0"
                    : $"document.readyState !== 'loading' && document.querySelector('{interactive}') !== null";
                await page.AddInitScriptAsync($"const check = setInterval(() => {{ if ({condition}) {{ window.interactiveAt = performance.now(); clearInterval(check); }} }}, 10);");
                var clock = Stopwatch.StartNew();
                await page.GotoAsync(new Uri(baseUrl, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 120_000 });
                var navigation = await page.EvaluateAsync<double[]>("() => { const n = performance.getEntriesByType('navigation')[0]; return [n.domInteractive, n.domContentLoadedEventEnd]; }");
                parsed.Add(navigation[0] / 1000);
                scripted.Add(navigation[1] / 1000);
                var onPage = await (await page.WaitForFunctionAsync("() => window.interactiveAt",
                    null, new PageWaitForFunctionOptions { Timeout = 120_000, PollingInterval = 20 })).JsonValueAsync<double>();
                Console.Error.WriteLine($"  interactive at {onPage:0} ms on the page's clock, {clock.Elapsed.TotalSeconds:0.00} s on Playwright's");
                ready.Add(onPage / 1000);
                wall.Add(clock.Elapsed.TotalSeconds);
                // Where the time went, from the page's own clock (ms since navigation start): the document's response,
                // parse, DOMContentLoaded, blazor.web.js, and the live counts' marks (connect, stream open, first counts).
                Console.Error.WriteLine("  timeline: " + await page.EvaluateAsync<string>("""
                    () => {
                        const n = performance.getEntriesByType('navigation')[0];
                        const r = performance.getEntriesByType('resource').filter(e => /blazor\.web|consultation|\.css/.test(e.name))
                            .map(e => `${e.name.split('/').pop().split('?')[0]} ${Math.round(e.startTime)}-${Math.round(e.responseEnd)}`);
                        const m = performance.getEntriesByType('mark').map(e => `${e.name} ${Math.round(e.startTime)}`);
                        return [`response ${Math.round(n.responseStart)}-${Math.round(n.responseEnd)}`, `interactive ${Math.round(n.domInteractive)}`,
                            `DOMContentLoaded ${Math.round(n.domContentLoadedEventEnd)}`, ...r, ...m].join(', ');
                    }
                    """) + ", " + string.Join(", ", stream));
                await Task.Delay(1000);
                html = Interlocked.Read(ref runHtml);
                socket = Interlocked.Read(ref runSocket);
            }
            static string Times(IEnumerable<double> seconds) => string.Join(" / ", seconds.Select(t => t.ToString("0.00", CultureInfo.InvariantCulture) + " s"));
            var warm = ready.Skip(1).ToList();
            var settled = warm.Count == 0 ? "-" : string.Create(CultureInfo.InvariantCulture,
                $"{FanOutResult.Percentile([.. warm], 0.5):0.00} s, {warm.Count(t => t <= 1)} of {warm.Count}");
            Console.WriteLine($"| {name} | {Times(parsed)} | {Times(scripted)} | {Times(ready)} | {settled} | {Times(wall)} | {html / 1024.0:0} KB | {socket / 1024.0:0} KB |");
        }
        return 0;
    }
}
