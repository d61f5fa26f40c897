using CommunityOfPractice.BrowserTests.Hosting;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Practices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CommunityOfPractice.BrowserTests.Membership;

/// <summary>
/// On a phone, no page scrolls sideways: every page, anonymous and as an administrator (who sees them all), with
/// content that pushes (a long guiding question, a post of one unbroken word, long table cells), in each language.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneWidthTests(BrowserFixture fixture)
{
    private static readonly string Unbroken = "https://example.org/" + new string('n', 180);

    [Theory]
    [InlineData("en", 390)]
    [InlineData("en", 320)]
    [InlineData("fr", 320)]
    [InlineData("es", 320)]
    public async Task No_page_is_wider_than_the_phone(string language, int width)
    {
        var app = fixture.App;
        var debateId = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(3), ModerationMode.PostModeration,
            "Which seats on health councils should be reserved for people living with noncommunicable diseases, and who should choose them?");
        var author = await app.CreatePersonAsync("Wide Poster", Roles.Member);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var posted = await scope.ServiceProvider.GetRequiredService<PostToDebate>().HandleAsync(author.Id,
                new PostCommand(debateId, null, $"A long address nobody broke: {Unbroken}", QuotingConsent.QuoteWithName));
            Assert.True(posted.Succeeded, string.Join(" ", posted.Errors.Select(e => e.Message)));
        }
        var practice = await PracticeSetup.CreateAsync(app, author, await PracticeSetup.CuratorAsync(app),
            PracticeSetup.Command($"Narrow screens {Guid.NewGuid():N}", body: $"See {Unbroken}"), true, PracticeReviewAction.Published);

        var page = await fixture.NewPageAsync(language);
        await page.SetViewportSizeAsync(width, 800);
        var failures = new List<string>();
        await WalkAsync(page, SitePages.Public.Append("/practices").Append($"/practices/{practice.Slug}").Select(path => SitePages.In(path, language)), width, failures);
        await SignIn.AsAsync(page, await app.AdministratorAsync(), language);
        await WalkAsync(page, SitePages.ForAdministrator.Append($"/debates/{debateId}").Append("/practices/submit"), width, failures);
        Assert.True(failures.Count == 0, $"At {width} px in '{language}':\n" + string.Join("\n", failures));
        await page.Context.CloseAsync();
    }

    private static async Task WalkAsync(IPage page, IEnumerable<string> paths, int width, List<string> failures)
    {
        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var wide = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (wide > width)
            {
                // Name the widest element that sticks out, so the failure says what to fix.
                var culprit = await page.EvaluateAsync<string>("""
                    w => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1)
                        .sort((a, b) => b.getBoundingClientRect().width - a.getBoundingClientRect().width)
                        .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '')
                            + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)').slice(-3).join(', ')
                    """, width);
                failures.Add($"{path} is {wide} px wide: {culprit}");
            }
        }
    }
}
