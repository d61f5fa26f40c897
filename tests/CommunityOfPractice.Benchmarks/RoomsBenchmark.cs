using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;

namespace CommunityOfPractice.Benchmarks;

/// <summary>
/// Issue 14's measure. R real Chromium rooms (one browser, one page each, one member's account) are open on one
/// debate, next to R hub-only subscribers in the same run. A hub client posts every 2 s. The report gives the
/// poster's answer (ack), the post-to-DOM time in the rooms, the post-to-delivery time for the hub subscribers, the
/// app's CPU per post and per open room, the managed memory per open room after a full GC, and the time to open one
/// room to interactive.
/// </summary>
internal static class RoomsBenchmark
{
    private const int Posters = 20;
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private const long UnixEpochTicks = 621_355_968_000_000_000;

    /// <summary>Marks in each page the moment a post carrying "stamp:N" enters the DOM (epoch milliseconds).</summary>
    private const string Observer = """
        () => {
          window.__seen = {};
          const check = node => {
            if (node.nodeType !== 1) return;
            const found = /stamp:(\d+)/.exec(node.textContent || '');
            if (found && !(found[1] in window.__seen)) window.__seen[found[1]] = Date.now();
          };
          new MutationObserver(records => { for (const r of records) for (const n of r.addedNodes) check(n); })
            .observe(document.body, { childList: true, subtree: true });
        }
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 5)
        {
            Console.Error.WriteLine("rooms <baseUrl> <debateId> <rooms> <seconds> <appPid> (reader bench-reader@bench.example.org, posters bench-poster-N@bench.example.org)");
            return 2;
        }
        var baseUrl = new Uri(args[0]);
        var debateId = int.Parse(args[1], CultureInfo.InvariantCulture);
        var rooms = int.Parse(args[2], CultureInfo.InvariantCulture);
        var seconds = int.Parse(args[3], CultureInfo.InvariantCulture);
        var pid = int.Parse(args[4], CultureInfo.InvariantCulture);
        const string password = "bench lantern orchard 2026";
        var roomUrl = new Uri(baseUrl, $"/debates/{debateId}").ToString();

        var readerCookie = await FanOutBenchmark.SignInAsync(baseUrl, "bench-reader@bench.example.org", password);
        var posters = new List<HubConnection>();
        foreach (var i in Enumerable.Range(1, Posters))
        {
            var connection = FanOutBenchmark.Connect(baseUrl, await FanOutBenchmark.SignInAsync(baseUrl, $"bench-poster-{i}@bench.example.org", password));
            await connection.StartAsync();
            posters.Add(connection);
        }

        // The reference: as many hub-only subscribers as rooms.
        var hubLatencies = new ConcurrentBag<double>();
        var subscribers = new List<HubConnection>();
        for (var i = 0; i < rooms; i++)
        {
            var connection = FanOutBenchmark.Connect(baseUrl, readerCookie);
            connection.On<JsonElement>("PostAdded", post =>
            {
                var now = DateTime.UtcNow.Ticks;
                if (FanOutBenchmark.Stamp().Match(post.GetProperty("html").GetString() ?? "") is { Success: true } stamp)
                {
                    hubLatencies.Add(TimeSpan.FromTicks(now - long.Parse(stamp.Groups[1].Value, CultureInfo.InvariantCulture)).TotalMilliseconds);
                }
            });
            await connection.StartAsync();
            await connection.InvokeAsync<JsonElement>("Join", debateId, long.MaxValue);
            subscribers.Add(connection);
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BenchChromium.LaunchAsync(playwright, "--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows");
        var context = await browser.NewContextAsync();
        await BenchChromium.SignInAsync(context, readerCookie, baseUrl);

        // Every room opens on a link to the newest post (as from a notification), so it shows the newest threads, where
        // the benchmark's posts appear. One room is opened and closed first: compilation and pools warm, then the
        // baseline heap with none open.
        var everything = await subscribers[0].InvokeAsync<JsonElement>("Join", debateId, 0L);
        var newest = everything.EnumerateArray().Select(p => p.GetProperty("id").GetInt64()).DefaultIfEmpty().Max();
        roomUrl = $"{roomUrl}#post-{newest}";
        var warm = await context.NewPageAsync();
        await OpenAsync(warm, roomUrl);
        await warm.Locator($"[data-post-id='{newest}']").WaitForAsync();
        await warm.CloseAsync();
        await Task.Delay(2000);
        var heapBefore = CircuitMemoryBenchmark.HeapAfterFullGc(pid);

        var openTimes = new List<double>();
        var pages = new List<IPage>();
        for (var i = 0; i < rooms; i++)
        {
            var page = await context.NewPageAsync();
            openTimes.Add(await OpenAsync(page, roomUrl));
            await page.Locator($"[data-post-id='{newest}']").WaitForAsync();
            await page.EvaluateAsync(Observer);
            pages.Add(page);
        }
        await Task.Delay(2000);
        var heapAfter = CircuitMemoryBenchmark.HeapAfterFullGc(pid);

        // Two posts that are not counted: the posting path's first run.
        for (var i = 0; i < 2; i++)
        {
            await posters[Posters - 1 - i].InvokeAsync<JsonElement>("Post", debateId, null, $"Rooms benchmark warm-up {i}", null, Guid.NewGuid().ToString("N"));
        }
        await Task.Delay(3000);

        var cpuBefore = CpuMilliseconds(pid);
        var browserBefore = ChromiumCpuMilliseconds();
        var kindsBefore = ChromiumCpuByKind();
        // The first room's main thread, as Chromium counts it: script, style, layout, all tasks (seconds so far).
        var metrics = await pages[0].Context.NewCDPSessionAsync(pages[0]);
        await metrics.SendAsync("Performance.enable");
        long framesIn = 0, bytesIn = 0;
        metrics.Event("Network.webSocketFrameReceived").OnEvent += (_, e) =>
        {
            Interlocked.Increment(ref framesIn);
            Interlocked.Add(ref bytesIn, e?.GetProperty("response").GetProperty("payloadData").GetString()?.Length ?? 0);
        };
        await metrics.SendAsync("Network.enable");
        var metricsBefore = await MainThreadAsync(metrics);
        var measured = Stopwatch.StartNew();
        var acks = new List<double>();
        var stamps = new List<long>();
        var clock = Stopwatch.StartNew();
        for (var n = 0; clock.Elapsed < TimeSpan.FromSeconds(seconds); n++)
        {
            var due = Interval * n;
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }
            var ticks = DateTime.UtcNow.Ticks;
            var sent = Stopwatch.GetTimestamp();
            var ack = await posters[n % Posters].InvokeAsync<JsonElement>("Post", debateId, null, $"Rooms benchmark post {n} stamp:{ticks}", null, Guid.NewGuid().ToString("N"));
            acks.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            if (ack.GetProperty("accepted").GetBoolean())
            {
                stamps.Add(ticks);
            }
        }
        // Until every room has every post, or 30 s.
        var roomLatencies = new List<double>();
        var missing = 0;
        var settle = Stopwatch.StartNew();
        while (true)
        {
            roomLatencies.Clear();
            missing = 0;
            foreach (var page in pages)
            {
                var seen = await page.EvaluateAsync<Dictionary<string, double>>("() => window.__seen");
                foreach (var ticks in stamps)
                {
                    if (seen.TryGetValue(ticks.ToString(CultureInfo.InvariantCulture), out var at))
                    {
                        roomLatencies.Add(at - ((ticks - UnixEpochTicks) / 10_000.0));
                    }
                    else
                    {
                        missing++;
                    }
                }
            }
            if (missing == 0 || settle.Elapsed > TimeSpan.FromSeconds(30))
            {
                break;
            }
            await Task.Delay(500);
        }
        var cpuDuring = CpuMilliseconds(pid) - cpuBefore;
        var browserDuring = ChromiumCpuMilliseconds() - browserBefore;
        var kindsDuring = ChromiumCpuByKind().Select(k => (k.Key, Ms: k.Value - kindsBefore.GetValueOrDefault(k.Key))).OrderByDescending(k => k.Ms).ToList();
        var metricsAfter = await MainThreadAsync(metrics);
        var (roomFrames, roomBytes) = (Interlocked.Read(ref framesIn), Interlocked.Read(ref bytesIn));
        var during = measured.Elapsed;
        // The app's CPU at rest afterwards, rooms still open, nothing posted: what the app and the open rooms cost
        // anyway is not the posts' cost, and is subtracted.
        var idleStart = CpuMilliseconds(pid);
        var browserIdleStart = ChromiumCpuMilliseconds();
        var idleClock = Stopwatch.StartNew();
        await Task.Delay(10_000);
        var idlePerSecond = (CpuMilliseconds(pid) - idleStart) / idleClock.Elapsed.TotalSeconds;
        var browserIdlePerSecond = (ChromiumCpuMilliseconds() - browserIdleStart) / idleClock.Elapsed.TotalSeconds;
        var cpu = cpuDuring - (idlePerSecond * during.TotalSeconds);
        var browserCpu = browserDuring - (browserIdlePerSecond * during.TotalSeconds);

        string P(IEnumerable<double> values, double p) => FanOutResult.Percentile([.. values], p).ToString("F0", CultureInfo.InvariantCulture);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            rooms open: {rooms}; posts: {stamps.Count} accepted of {acks.Count}, one every {Interval.TotalSeconds:F0} s
              hub-only subscribers ({rooms}), post to delivery: p50 {P(hubLatencies, 0.5)} ms, p99 {P(hubLatencies, 0.99)} ms
              poster's ack: p50 {P(acks, 0.5)} ms, p99 {P(acks, 0.99)} ms
              rooms, post to DOM: p50 {P(roomLatencies, 0.5)} ms, p99 {P(roomLatencies, 0.99)} ms; missing {missing} of {stamps.Count * rooms}
              app CPU while posting: {cpuDuring / Math.Max(1, stamps.Count):F0} ms per post; beyond its rate at rest afterwards ({idlePerSecond:F0} ms/s): {cpu / Math.Max(1, stamps.Count):F0} ms per post, {cpu / Math.Max(1, stamps.Count) / rooms:F2} ms per post per open room
              Chromium CPU (every process of the rooms' browser, on the same cores) while posting: {browserDuring / Math.Max(1, stamps.Count):F0} ms per post; beyond its rate at rest afterwards ({browserIdlePerSecond:F0} ms/s): {browserCpu / Math.Max(1, stamps.Count):F0} ms per post, {browserCpu / Math.Max(1, stamps.Count) / rooms:F2} ms per post per open room
              Chromium CPU while posting by kind of process, per post: {string.Join(", ", kindsDuring.Select(k => $"{k.Key} {k.Ms / Math.Max(1, stamps.Count):F0} ms"))}
              the first room's WebSocket while posting, per post: {roomFrames / (double)Math.Max(1, stamps.Count):F1} frames, {roomBytes / 1024.0 / Math.Max(1, stamps.Count):F1} KB (base64 for binary frames)
              the first room's main thread while posting, per post: {string.Join(", ", metricsAfter.Select(m => $"{m.Key} {(m.Value - metricsBefore.GetValueOrDefault(m.Key)) * 1000 / Math.Max(1, stamps.Count):F1} ms"))}
              managed heap per open room after a full GC: {(heapAfter - heapBefore) / 1024.0 / rooms:F0} KB
              open one room to interactive: first {openTimes[0]:F0} ms, median {P(openTimes, 0.5)} ms, p99 {P(openTimes, 0.99)} ms
            """));
        foreach (var connection in subscribers.Concat(posters))
        {
            await connection.DisposeAsync();
        }
        return 0;
    }

    /// <summary>Chromium's own counts of a page's main-thread time so far (seconds): all tasks, script, style and layout.</summary>
    private static async Task<Dictionary<string, double>> MainThreadAsync(ICDPSession session)
    {
        var wanted = new[] { "TaskDuration", "ScriptDuration", "RecalcStyleDuration", "LayoutDuration" };
        var answer = await session.SendAsync("Performance.getMetrics");
        return answer!.Value.GetProperty("metrics").EnumerateArray()
            .Where(m => wanted.Contains(m.GetProperty("name").GetString()))
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("value").GetDouble());
    }

    /// <summary>Opens the room and waits until it is interactive (the post button enabled); returns the milliseconds it took.</summary>
    private static async Task<double> OpenAsync(IPage page, string url)
    {
        var watch = Stopwatch.StartNew();
        await page.GotoAsync(url);
        await Assertions.Expect(page.Locator("[data-testid=post-button]")).ToBeEnabledAsync(new() { Timeout = 120_000 });
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>User plus system CPU time of a process so far, from /proc.</summary>
    private static double CpuMilliseconds(int pid) => StatCpuMilliseconds(File.ReadAllText($"/proc/{pid}/stat"));

    /// <summary>
    /// User plus system CPU time so far of every Chromium process on the machine (the rooms' browser is the only one
    /// while the benchmark runs): what rendering the posts in the rooms costs the cores the app shares. A process that
    /// ends between two readings takes its time with it, so the figure is a lower bound.
    /// </summary>
    private static double ChromiumCpuMilliseconds() => ChromiumCpuByKind().Values.Sum();

    /// <summary>The same, by kind of process (its <c>--type</c>: renderer, gpu-process, utility; "browser" for the main one).</summary>
    private static Dictionary<string, double> ChromiumCpuByKind()
    {
        var total = new Dictionary<string, double>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out _))
            {
                continue;
            }
            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var name = stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')];
                if (name.StartsWith("chrom", StringComparison.Ordinal))
                {
                    var kind = File.ReadAllText(Path.Combine(directory, "cmdline")).Split(['\0', ' '])
                        .FirstOrDefault(a => a.StartsWith("--type=", StringComparison.Ordinal))?["--type=".Length..] ?? "browser";
                    total[kind] = total.GetValueOrDefault(kind) + StatCpuMilliseconds(stat);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while it was read, or is another user's.
            }
        }
        return total;
    }

    private static double StatCpuMilliseconds(string stat)
    {
        var fields = stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // After the command name: state is field 3, utime field 14 and stime field 15 (clock ticks, 100 per second).
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 10.0;
    }
}
