using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityOfPractice.Benchmarks;

/// <summary>
/// Issue 3's measure: N hub subscribers in one open debate and 20 posters at 5 posts/s in total; post-to-delivery
/// latency and lost messages, next to a raw WebSocket broadcast of the same payload to the same N in this process.
/// </summary>
internal static partial class FanOutBenchmark
{
    private const int Posters = 20;
    private const double PostsPerSecond = 5;

    /// <summary>The first posts warm up both paths (JIT, pools); their latency is not counted, their delivery is.</summary>
    internal const int WarmupPosts = 10;

    internal static bool Warmup(string? payload) => payload?.Contains(" warmup", StringComparison.Ordinal) == true;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 4)
        {
            Console.Error.WriteLine("fanout <baseUrl[,baseUrl2,...]> <debateId> <subscribers> <seconds> [password] (posters are bench-poster-N@bench.example.org, the readers' account bench-reader@bench.example.org; with several nodes, subscribers and posters are spread over them)");
            return 2;
        }
        // Several nodes of the scale-out profile: one sign-in serves them all (shared data-protection keys).
        var nodes = args[0].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(url => new Uri(url)).ToArray();
        var baseUrl = nodes[0];
        var debateId = int.Parse(args[1], CultureInfo.InvariantCulture);
        var subscribers = int.Parse(args[2], CultureInfo.InvariantCulture);
        var seconds = int.Parse(args[3], CultureInfo.InvariantCulture);
        var password = args.Length > 4 ? args[4] : "bench lantern orchard 2026";

        var readerCookie = await SignInAsync(baseUrl, "bench-reader@bench.example.org", password);
        var posterCookies = await Task.WhenAll(Enumerable.Range(1, Posters).Select(i => SignInAsync(baseUrl, $"bench-poster-{i}@bench.example.org", password)));

        var hub = await MeasureHubAsync(nodes, debateId, subscribers, seconds, readerCookie, posterCookies);
        var raw = await RawWebSocketBroadcast.MeasureAsync(subscribers, seconds, PostsPerSecond, hub.SamplePayload);

        Console.WriteLine(hub.Report($"SignalR hub, {subscribers} subscribers on {nodes.Length} node(s)"));
        Console.WriteLine(raw.Report($"raw WebSocket broadcast, {subscribers}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"hub p99 / raw p99 = {hub.Percentile(0.99) / Math.Max(raw.Percentile(0.99), 0.001):F2}x"));
        return 0;
    }

    private static async Task<FanOutResult> MeasureHubAsync(Uri[] nodes, int debateId, int subscribers, int seconds, string readerCookie, string[] posterCookies)
    {
        var latencies = new ConcurrentBag<double>();
        var received = 0;
        string? sample = null;
        var connections = new List<HubConnection>();
        for (var i = 0; i < subscribers; i++)
        {
            var connection = Connect(nodes[i % nodes.Length], readerCookie);
            connection.On<JsonElement>("PostAdded", post =>
            {
                var now = DateTime.UtcNow.Ticks;
                var match = Stamp().Match(post.GetProperty("html").GetString() ?? "");
                if (match.Success)
                {
                    if (!Warmup(post.GetProperty("html").GetString()))
                    {
                        latencies.Add(TimeSpan.FromTicks(now - long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)).TotalMilliseconds);
                    }
                    Interlocked.Increment(ref received);
                    sample ??= post.GetRawText();
                }
            });
            await connection.StartAsync();
            await connection.InvokeAsync<JsonElement>("Join", debateId, long.MaxValue);
            connections.Add(connection);
            if ((i + 1) % 250 == 0)
            {
                Console.Error.WriteLine($"{i + 1} subscribers connected");
            }
        }

        var posters = new List<HubConnection>();
        foreach (var (cookie, index) in posterCookies.Select((c, i) => (c, i)))
        {
            var connection = Connect(nodes[index % nodes.Length], cookie);
            await connection.StartAsync();
            posters.Add(connection);
        }

        var accepted = 0;
        var refused = 0;
        // The poster's own wait for the hub's answer: the write path alone (checks, insert, commit), without the fan-out.
        var acks = new ConcurrentBag<double>();
        var interval = TimeSpan.FromSeconds(1 / PostsPerSecond);
        var clock = Stopwatch.StartNew();
        var sends = new List<Task>();
        for (var n = 0; clock.Elapsed < TimeSpan.FromSeconds(seconds); n++)
        {
            var due = interval * n;
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }
            var poster = posters[n % posters.Count];
            var text = $"Benchmark post {n}{(n < WarmupPosts ? " warmup" : "")} stamp:{DateTime.UtcNow.Ticks}";
            var sent = Stopwatch.GetTimestamp();
            var counted = n >= WarmupPosts;
            sends.Add(poster.InvokeAsync<JsonElement>("Post", debateId, null, text, null, Guid.NewGuid().ToString("N")).ContinueWith(t =>
            {
                if (counted)
                {
                    acks.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                }
                if (t.IsCompletedSuccessfully && t.Result.GetProperty("accepted").GetBoolean())
                {
                    Interlocked.Increment(ref accepted);
                }
                else
                {
                    Interlocked.Increment(ref refused);
                }
            }, TaskScheduler.Default));
        }
        await Task.WhenAll(sends);
        var expected = accepted * subscribers;
        var waitUntil = Stopwatch.StartNew();
        while (Volatile.Read(ref received) < expected && waitUntil.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
        }
        foreach (var connection in connections.Concat(posters))
        {
            await connection.DisposeAsync();
        }
        return new FanOutResult([.. latencies], expected, received, accepted, refused, sample ?? "{}", [.. acks]);
    }

    internal static HubConnection Connect(Uri baseUrl, string cookie) => new HubConnectionBuilder()
        .WithUrl(new Uri(baseUrl, "/hubs/debates"), options => options.Headers["Cookie"] = cookie)
        .Build();

    /// <summary>Signs in through the real form, as a browser would, and returns the cookie header.</summary>
    internal static async Task<string> SignInAsync(Uri baseUrl, string email, string password)
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = baseUrl };
        var form = await client.GetStringAsync("/Account/Login");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        using var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.ToString().Contains("Login", StringComparison.OrdinalIgnoreCase) == true)
        {
            throw new InvalidOperationException($"Could not sign in {email}: {(int)response.StatusCode} {response.Headers.Location}");
        }
        return cookies.GetCookieHeader(baseUrl);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    internal static partial Regex AntiforgeryToken();

    [GeneratedRegex(@"stamp:(\d+)")]
    internal static partial Regex Stamp();
}
