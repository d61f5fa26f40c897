using Deque.AxeCore.Commons;
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
    /// Opens each path and fails once at the end, listing every page that did not load in <paramref name="language"/>,
    /// had an axe violation, or, when <paramref name="phoneWidth"/> is given, scrolled sideways on a screen that wide.
    /// </summary>
    public static Task AssertPagesHaveNoViolationsAsync(IPage page, string language, IEnumerable<string> paths, int? phoneWidth = null) =>
        PageWalk.AssertAsync(page, language, paths, phoneWidth, axe: true);

    /// <summary>The axe-core script the package bundles, read once.</summary>
    private static readonly string AxeSource = new BundledAxeScriptProvider().GetScript();

    /// <summary>
    /// Runs axe.run in the page on the whole document, with the WCAG 2.2 AA and best-practice rules, and returns each
    /// violation with up to three of its elements. The package's own runner (runPartial, then finishRun in a blank tab it
    /// opens for every run, made for pages with cross-origin frames, which ours never have) cost 2 to 4 s a page.
    /// </summary>
    internal static async Task<List<string>> ViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(AxeSource);
        }
        var json = await page.EvaluateAsync<string>("""
            async () => {
                const results = await axe.run(document, {
                    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
                    resultTypes: ['violations'],
                });
                return JSON.stringify(results.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`));
            }
            """);
        return System.Text.Json.JsonSerializer.Deserialize<List<string>>(json)!;
    }
}
