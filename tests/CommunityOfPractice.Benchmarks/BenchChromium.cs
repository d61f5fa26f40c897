using Microsoft.Playwright;

namespace CommunityOfPractice.Benchmarks;

/// <summary>The benchmarks' Chromium (Debian's, headless, quiet) and a signed-in member's cookie given to a context.</summary>
internal static class BenchChromium
{
    private static readonly string[] Quiet = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    /// <param name="extraArguments">More switches, such as those that keep background pages running at full speed.</param>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, params string[] extraArguments) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = [.. Quiet, .. extraArguments] });

    /// <summary>Gives the context the cookies of a sign-in ("name=value; name=value", as <see cref="FanOutBenchmark.SignInAsync"/> returns them).</summary>
    public static Task SignInAsync(IBrowserContext context, string cookie, Uri baseUrl) =>
        context.AddCookiesAsync(cookie.Split("; ").Select(pair => pair.Split('=', 2)).Select(pair => new Cookie { Name = pair[0], Value = pair[1], Url = baseUrl.ToString() }));
}
