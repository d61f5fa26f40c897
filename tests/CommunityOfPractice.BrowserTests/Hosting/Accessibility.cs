using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CommunityOfPractice.BrowserTests.Hosting;

public static class Accessibility
{
    /// <summary>Runs axe on the page as it is now and fails on any violation, naming each.</summary>
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var violations = await ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"axe found {violations.Count} violations on {page.Url}:\n" + string.Join("\n", violations));
    }

    /// <summary>
    /// Opens each path in turn (one sign-in serves them all) and fails once at the end, listing every page that
    /// did not load in <paramref name="language"/> or had a violation.
    /// </summary>
    public static async Task AssertPagesHaveNoViolationsAsync(IPage page, string language, IEnumerable<string> paths)
    {
        var failures = new List<string>();
        foreach (var path in paths)
        {
            var response = await page.GotoAsync(path);
            if (response is not { Ok: true } && !path.Contains("no-such", StringComparison.Ordinal))
            {
                failures.Add($"{path} answered {response?.Status}");
                continue;
            }
            if (await page.GetAttributeAsync("html", "lang") != language)
            {
                failures.Add($"{path} is not in '{language}'");
            }
            if (await ViolationsAsync(page) is { Count: > 0 } violations)
            {
                failures.Add($"{path}: {violations.Count} axe violations:\n" + string.Join("\n", violations));
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private static async Task<List<string>> ViolationsAsync(IPage page)
    {
        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
        });
        var violations = results.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}").ToList();
        return violations;
    }
}
