using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace CommunityOfPractice.BrowserTests.Hosting;

/// <summary>Walks a list of pages and checks each: its language, optionally axe, optionally that it fits a phone.</summary>
public static class PageWalk
{
    /// <summary>
    /// Tabs that walk the list at once, in the same browser context (one sign-in serves them all): while one tab waits
    /// for the server or the network to settle, another runs axe.
    /// </summary>
    private const int Tabs = 2;

    /// <summary>
    /// Opens each path (in <see cref="Tabs"/> tabs of <paramref name="page"/>'s context) and fails once at the end, listing
    /// every page that did not load in <paramref name="language"/>, had an axe violation (when <paramref name="axe"/>), or
    /// scrolled sideways on a screen <paramref name="phoneWidth"/> wide (when given: the tabs are set to it).
    /// </summary>
    public static async Task AssertAsync(IPage page, string language, IEnumerable<string> paths, int? phoneWidth, bool axe)
    {
        var queue = new ConcurrentQueue<(int Order, string Path)>(paths.Select((path, order) => (order, path)));
        var failures = new ConcurrentBag<(int Order, string Failure)>();
        var tabs = new List<IPage> { page };
        for (var extra = 1; extra < Math.Min(Tabs, queue.Count); extra++)
        {
            tabs.Add(await page.Context.NewPageAsync());
        }
        if (phoneWidth is { } width)
        {
            foreach (var tab in tabs)
            {
                await tab.SetViewportSizeAsync(width, 800);
            }
        }
        await Task.WhenAll(tabs.Select(async tab =>
        {
            while (queue.TryDequeue(out var next))
            {
                foreach (var failure in await CheckAsync(tab, language, next.Path, phoneWidth, axe))
                {
                    failures.Add((next.Order, failure));
                }
            }
        }));
        foreach (var tab in tabs.Skip(1))
        {
            await tab.CloseAsync();
        }
        var where = phoneWidth is { } w ? $" at {w} px" : "";
        Assert.True(failures.IsEmpty, $"In '{language}'{where}:\n" + string.Join("\n\n", failures.OrderBy(f => f.Order).Select(f => f.Failure)));
    }

    private static async Task<List<string>> CheckAsync(IPage page, string language, string path, int? phoneWidth, bool axe)
    {
        var failures = new List<string>();
        var response = await page.GotoAsync(path);
        if (response is not { Ok: true } && !path.Contains("no-such", StringComparison.Ordinal))
        {
            failures.Add($"{path} answered {response?.Status}");
            return failures;
        }
        if (await page.GetAttributeAsync("html", "lang") != language)
        {
            failures.Add($"{path} is not in '{language}'");
        }
        if (phoneWidth is { } width && await PhoneWidth.OverflowAsync(page, width) is { } overflow)
        {
            failures.Add($"{path} is {overflow}");
        }
        if (axe && await Accessibility.ViolationsAsync(page) is { Count: > 0 } violations)
        {
            failures.Add($"{path}: {violations.Count} axe violations:\n" + string.Join("\n", violations));
        }
        return failures;
    }
}
