using System.Diagnostics;
using System.Net;

namespace CommunityOfPractice.Benchmarks;

/// <summary>
/// Issue 13's measure: the forgot-password answer for an address with an account and for one without, interleaved so
/// both meet the same machine load. The page only queues a job; if the two differ, the page tells who is a member.
/// </summary>
internal static class ForgotPasswordBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var baseUrl = new Uri(args[0]);
        var known = args[1];
        var rounds = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = baseUrl };
        var token = WebUtility.HtmlDecode(FanOutBenchmark.AntiforgeryToken().Match(await client.GetStringAsync("/Account/ForgotPassword")).Groups[1].Value);

        async Task<double> AskAsync(string email)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.PostAsync("/Account/ForgotPassword", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "forgot-password",
                ["__RequestVerificationToken"] = token,
                ["Input.Email"] = email,
            }));
            watch.Stop();
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"POST /Account/ForgotPassword answered {(int)response.StatusCode}");
            }
            return watch.Elapsed.TotalMilliseconds;
        }

        // Warm-up: the first answers pay for compilation and connection set-up.
        for (var i = 0; i < 20; i++)
        {
            await AskAsync(known);
            await AskAsync($"warmup.{i}@nobody.example.org");
        }
        var forKnown = new List<double>();
        var forUnknown = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            // Alternating which goes first, so neither always follows the other's work.
            if (i % 2 == 0)
            {
                forKnown.Add(await AskAsync(known));
                forUnknown.Add(await AskAsync($"nobody.{i}@nobody.example.org"));
            }
            else
            {
                forUnknown.Add(await AskAsync($"nobody.{i}@nobody.example.org"));
                forKnown.Add(await AskAsync(known));
            }
        }
        string Line(string name, List<double> values) =>
            $"{name,-22} n={values.Count} p50 {FanOutResult.Percentile([.. values], 0.50):F2} ms  p90 {FanOutResult.Percentile([.. values], 0.90):F2} ms  p99 {FanOutResult.Percentile([.. values], 0.99):F2} ms  mean {values.Average():F2} ms";
        Console.WriteLine(Line("address with account", forKnown));
        Console.WriteLine(Line("address without", forUnknown));
        Console.WriteLine($"difference of the medians: {FanOutResult.Percentile([.. forKnown], 0.5) - FanOutResult.Percentile([.. forUnknown], 0.5):F2} ms");
        return 0;
    }
}
