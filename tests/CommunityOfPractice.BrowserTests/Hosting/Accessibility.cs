using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CommunityOfPractice.BrowserTests.Hosting;

public static class Accessibility
{
    /// <summary>Runs axe on the page as it is now and fails on any violation, naming each.</summary>
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        var violations = results.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}").ToList();
        Assert.True(violations.Count == 0, $"axe found {violations.Count} violations on {page.Url}:\n" + string.Join("\n", violations));
    }
}
