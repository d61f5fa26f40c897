using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;
using Microsoft.Playwright;

namespace CommunityOfPractice.Benchmarks;

/// <summary>
/// Managed memory per open interactive page (a Blazor circuit): the GC heap after a full, induced GC, with N
/// pages open in Chromium, minus the same with none open, divided by N.
/// </summary>
internal static class CircuitMemoryBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 5)
        {
            Console.Error.WriteLine("circuits <name> <pid> <pageUrl> <readySelector> <pages> [email password]");
            return 2;
        }
        var (name, pid, url, ready) = (args[0], int.Parse(args[1], CultureInfo.InvariantCulture), args[2], args[3]);
        var pages = int.Parse(args[4], CultureInfo.InvariantCulture);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BenchChromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync();
        if (args.Length >= 7)
        {
            var login = await context.NewPageAsync();
            await login.GotoAsync(new Uri(new Uri(url), "/Account/Login").ToString());
            await login.Locator("#Input\\.Email").FillAsync(args[5]);
            await login.Locator("#Input\\.Password").FillAsync(args[6]);
            await login.Locator("form button[type=submit]").First.ClickAsync();
            await login.WaitForURLAsync(u => !u.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase));
            await login.CloseAsync();
        }

        // A first round of pages, opened and closed, brings caches and pools to their steady state;
        // the baseline is then taken with one page open, and the measure with N more.
        var warm = await context.NewPageAsync();
        await warm.GotoAsync(url);
        await warm.Locator(ready).First.WaitForAsync();
        foreach (var page in await OpenAsync(context, url, ready, pages))
        {
            await page.CloseAsync();
        }
        await Task.Delay(3000);
        var before = HeapAfterFullGc(pid);

        await OpenAsync(context, url, ready, pages);
        await Task.Delay(3000);
        var after = HeapAfterFullGc(pid);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-36} GC heap after full GC: {before / 1048576.0:F1} MB with 1 page, {after / 1048576.0:F1} MB with {pages + 1}; per circuit {(after - before) / (double)pages / 1024:F1} KB"));
        return 0;
    }

    private static async Task<List<IPage>> OpenAsync(IBrowserContext context, string url, string ready, int pages)
    {
        var open = new List<IPage>();
        for (var i = 0; i < pages; i++)
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(url);
            await Assertions.Expect(page.Locator(ready).First).ToBeEnabledAsync(new() { Timeout = 30_000 });
            open.Add(page);
        }
        return open;
    }

    /// <summary>Induces a full blocking GC in the target (as dotnet-gcdump does) and returns the heap size it reports.</summary>
    internal static long HeapAfterFullGc(int pid)
    {
        var client = new DiagnosticsClient(pid);
        const long GcKeyword = 0x1;
        const long GcHeapCollectKeyword = 0x800000;
        var providers = new[] { new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, GcKeyword | GcHeapCollectKeyword) };
        using var session = client.StartEventPipeSession(providers, requestRundown: false);
        var heap = new TaskCompletionSource<long>();
        var source = new EventPipeEventSource(session.EventStream);
        source.Clr.GCHeapStats += (GCHeapStatsTraceData stats) =>
            heap.TrySetResult(stats.GenerationSize0 + stats.GenerationSize1 + stats.GenerationSize2 + stats.GenerationSize3 + stats.GenerationSize4);
        var processing = Task.Run(source.Process);
        var size = heap.Task.Wait(TimeSpan.FromSeconds(30)) ? heap.Task.Result : throw new TimeoutException("No GC heap statistics from the target.");
        session.Stop();
        processing.Wait(TimeSpan.FromSeconds(10));
        return size;
    }
}
