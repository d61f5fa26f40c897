using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;

namespace CommunityOfPractice.Benchmarks;

/// <summary>The reference: a bare Kestrel WebSocket endpoint that sends each payload to every socket, no framework in between.</summary>
internal static class RawWebSocketBroadcast
{
    public static async Task<FanOutResult> MeasureAsync(int subscribers, int seconds, double postsPerSecond, string samplePayload)
    {
        var sockets = new ConcurrentDictionary<Guid, WebSocket>();
        var builder = WebApplication.CreateSlimBuilder();
        var port = FreePort();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        await using var server = builder.Build();
        server.UseWebSockets();
        server.Map("/ws", async context =>
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            var id = Guid.NewGuid();
            sockets[id] = socket;
            var buffer = new byte[16];
            try
            {
                while (socket.State == WebSocketState.Open)
                {
                    var result = await socket.ReceiveAsync(buffer, context.RequestAborted);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        break;
                    }
                }
            }
            catch (Exception) when (context.RequestAborted.IsCancellationRequested)
            {
            }
            finally
            {
                sockets.TryRemove(id, out _);
            }
        });
        await server.StartAsync();

        var latencies = new ConcurrentBag<double>();
        var received = 0L;
        var clients = new List<(ClientWebSocket Socket, Task Reader)>();
        using var stop = new CancellationTokenSource();
        for (var i = 0; i < subscribers; i++)
        {
            var client = new ClientWebSocket();
            await client.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/ws"), CancellationToken.None);
            clients.Add((client, Task.Run(async () =>
            {
                var buffer = new byte[64 * 1024];
                try
                {
                    while (!stop.IsCancellationRequested)
                    {
                        var result = await client.ReceiveAsync(buffer, stop.Token);
                        var now = DateTime.UtcNow.Ticks;
                        var match = FanOutBenchmark.Stamp().Match(Encoding.UTF8.GetString(buffer, 0, result.Count));
                        if (match.Success)
                        {
                            if (!FanOutBenchmark.Warmup(Encoding.UTF8.GetString(buffer, 0, result.Count)))
                            {
                                latencies.Add(TimeSpan.FromTicks(now - long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).TotalMilliseconds);
                            }
                            Interlocked.Increment(ref received);
                        }
                    }
                }
                catch (OperationCanceledException)
                {
                }
                catch (WebSocketException)
                {
                }
            })));
        }
        while (sockets.Count < subscribers)
        {
            await Task.Delay(10);
        }

        var sent = 0;
        var interval = TimeSpan.FromSeconds(1 / postsPerSecond);
        var clock = Stopwatch.StartNew();
        for (var n = 0; clock.Elapsed < TimeSpan.FromSeconds(seconds); n++)
        {
            var due = interval * n;
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }
            var stamp = $"{(n < FanOutBenchmark.WarmupPosts ? " warmup" : "")} stamp:{DateTime.UtcNow.Ticks}";
            var payload = Encoding.UTF8.GetBytes(FanOutBenchmark.Stamp().Replace(samplePayload.Replace(" warmup", "", StringComparison.Ordinal), stamp.TrimStart()));
            await Task.WhenAll(sockets.Values.Select(s => s.SendAsync(payload, WebSocketMessageType.Text, true, CancellationToken.None)));
            sent++;
        }
        var expected = (long)sent * subscribers;
        var waitUntil = Stopwatch.StartNew();
        while (Interlocked.Read(ref received) < expected && waitUntil.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
        }
        stop.Cancel();
        foreach (var (socket, reader) in clients)
        {
            socket.Abort();
            await reader;
            socket.Dispose();
        }
        await server.StopAsync();
        return new FanOutResult([.. latencies], expected, received, sent, 0, samplePayload);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
