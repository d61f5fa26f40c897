using System.Text.RegularExpressions;
using CommunityOfPractice.BrowserTests.Hosting;
using CommunityOfPractice.Features.Membership;
using Microsoft.Playwright;

namespace CommunityOfPractice.BrowserTests.Standards;

/// <summary>The public standard in a real browser: permalinks, the comparison on a phone, and axe on every new page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PublicStandardTests(BrowserFixture fixture)
{
    private CommunityAppFactory App => fixture.App;

    [Fact]
    public async Task A_visitor_reads_the_public_standard_and_opens_a_paragraph_permalink()
    {
        var scenario = await StandardSetup.CreateAsync(App);
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/standards/{scenario.Document.Slug}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(scenario.Document.Title);
        await Assertions.Expect(page.GetByTestId("endorsements")).ToContainTextAsync(scenario.ConfirmedOrganisation);

        await page.GetByRole(AriaRole.Link, new() { Name = "Link to paragraph 2.2", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/standards/{scenario.Document.Slug}/v2#p2\\.2$"));
        var target = page.Locator(":target");
        await Assertions.Expect(target).ToHaveAttributeAsync("id", "p2.2");
        await Assertions.Expect(target).ToBeInViewportAsync();
        await Assertions.Expect(target).ToContainTextAsync("Documents are written in plain language.");

        // The permalink, pasted into another browser, opens the same paragraph of the same version.
        var other = await fixture.NewPageAsync("fr");
        await other.GotoAsync($"/standards/{scenario.Document.Slug}/v1#p1.2");
        await Assertions.Expect(other.Locator(":target")).ToHaveAttributeAsync("id", "p1.2");
        await Assertions.Expect(other.Locator(":target")).ToBeInViewportAsync();
        await Assertions.Expect(other.Locator(":target")).ToContainTextAsync("Organisations pay people for their time and expertise.");
        await page.Context.CloseAsync();
        await other.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_comparison_stacks_each_paragraph_and_no_standard_page_scrolls_sideways()
    {
        var scenario = await StandardSetup.CreateAsync(App);
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        var slug = scenario.Document.Slug;
        foreach (var path in new[] { $"/standards/{slug}", $"/standards/{slug}/v1", $"/standards/{slug}/compare?from=1&to=2", $"/standards/{slug}/v1/report" })
        {
            await page.GotoAsync(path);
            var wide = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(wide <= 390, $"{path} is {wide} px wide on a 390 px phone.");
        }
        await page.GotoAsync($"/standards/{slug}/compare?from=1&to=2");
        var row = page.GetByTestId("comparison").Locator("tbody tr").First;
        var cells = row.Locator("td");
        var older = await cells.Nth(0).BoundingBoxAsync();
        var newer = await cells.Nth(1).BoundingBoxAsync();
        Assert.True(newer!.Y >= older!.Y + older.Height - 1, $"On a phone the newer version should sit below the older one, but they are at {older.Y} and {newer.Y}.");
        await Assertions.Expect(page.Locator("ins").First).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("es")]
    public async Task Every_standard_page_has_no_accessibility_violations(string language)
    {
        var scenario = await StandardSetup.CreateAsync(App);
        var slug = scenario.Document.Slug;
        var page = await fixture.NewPageAsync(language);
        await Accessibility.AssertPagesHaveNoViolationsAsync(page, language,
            new[] { $"/standards/{slug}", $"/standards/{slug}/v1", $"/standards/{slug}/compare?from=1&to=2", $"/standards/{slug}/compare?from=9",
                $"/standards/{slug}/v1/report", "/standards/no-such-standard" }.Select(p => SitePages.In(p, language)));
        await page.Context.CloseAsync();

        var member = await fixture.NewPageAsync(language);
        await SignIn.AsAsync(member, await App.CreatePersonAsync($"Accessible representative {language}", Roles.Member), language);
        await member.GotoAsync($"/standards/{slug}/endorse");
        await Accessibility.AssertNoViolationsAsync(member);
        // A refused endorsement shows its errors next to the fields.
        await member.Locator("form button[type=submit]").Last.ClickAsync();
        await Assertions.Expect(member.Locator(".validation-message").First).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(member);
        await member.Context.CloseAsync();

        var coordinator = await fixture.NewPageAsync(language);
        await SignIn.AsAsync(coordinator, scenario.Drafter, language);
        await coordinator.GotoAsync("/standards/endorsements");
        await Assertions.Expect(coordinator.GetByTestId("waiting-endorsements")).ToContainTextAsync(scenario.UnconfirmedOrganisation);
        await Accessibility.AssertNoViolationsAsync(coordinator);
        await coordinator.Context.CloseAsync();
    }
}
