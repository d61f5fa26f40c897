using Microsoft.Playwright;

namespace CommunityOfPractice.BrowserTests.Hosting;

/// <summary>Whether a page scrolls sideways on a phone, and what sticks out when it does.</summary>
public static class PhoneWidth
{
    /// <summary>
    /// Waits for the page to be laid out as its reader sees it (loaded, its fonts ready), then returns null when nothing is
    /// wider than <paramref name="width"/>, or the page's width and the three widest elements that stick out. Not
    /// "network idle": a page that follows a live stream (the consultation's support counts) never is.
    /// </summary>
    public static async Task<string?> OverflowAsync(IPage page, int width)
    {
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
        var wide = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        if (wide <= width)
        {
            return null;
        }
        var culprit = await page.EvaluateAsync<string>("""
            w => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1)
                .sort((a, b) => b.getBoundingClientRect().width - a.getBoundingClientRect().width)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '')
                    + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)').slice(-3).join(', ')
            """, width);
        return $"{wide} px wide: {culprit}";
    }
}
