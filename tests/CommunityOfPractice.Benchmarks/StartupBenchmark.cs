using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace CommunityOfPractice.Benchmarks;

/// <summary>Cold start to first page, and memory after start-up, of a published ASP.NET Core app.</summary>
internal static class StartupBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("startup <name> <runs> <dll> [KEY=VALUE ...]");
            return 2;
        }
        var (name, runs, dll) = (args[0], int.Parse(args[1], CultureInfo.InvariantCulture), Path.GetFullPath(args[2]));
        var environment = args.Skip(3).Select(a => a.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var startTimes = new List<double>();
        var memory = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var (elapsed, rssMb) = await OnceAsync(dll, environment);
            startTimes.Add(elapsed);
            memory.Add(rssMb);
            Console.Error.WriteLine($"{name} run {run + 1}: first page after {elapsed:F0} ms, {rssMb:F1} MB resident");
        }
        startTimes.Sort();
        memory.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-28} cold start to first page: median {startTimes[runs / 2],6:F0} ms (min {startTimes[0]:F0}, max {startTimes[^1]:F0}); resident memory after start-up: median {memory[runs / 2]:F1} MB"));
        return 0;
    }

    private static async Task<(double ElapsedMs, double ResidentMb)> OnceAsync(string dll, Dictionary<string, string> environment)
    {
        var port = FreePort();
        var data = Directory.CreateTempSubdirectory("cop-bench-");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DataDirectory"] = data.FullName;
        start.Environment["PublicBaseUrl"] = $"http://127.0.0.1:{port}";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (true)
            {
                if (clock.Elapsed > TimeSpan.FromSeconds(60) || process.HasExited)
                {
                    throw new InvalidOperationException($"{dll} did not serve a page within 60 s.");
                }
                try
                {
                    using var response = await client.GetAsync($"http://127.0.0.1:{port}/");
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        await response.Content.ReadAsByteArrayAsync();
                        break;
                    }
                }
                catch (HttpRequestException)
                {
                }
                catch (TaskCanceledException)
                {
                }
                await Task.Delay(10);
            }
            var elapsed = clock.Elapsed.TotalMilliseconds;
            await Task.Delay(3000);
            return (elapsed, ResidentMegabytes(process.Id));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            data.Delete(recursive: true);
        }
    }

    private static double ResidentMegabytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kb = double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return kb / 1024;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
