using System.Text.RegularExpressions;
using CommunityOfPractice.BrowserTests.Hosting;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Practices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CommunityOfPractice.BrowserTests.Practices;

[Collection(BrowserCollection.Name)]
public sealed class PracticeTests(BrowserFixture fixture)
{
    private CommunityAppFactory App => fixture.App;

    /// <summary>An English entry in Ghana linked to its French translation, and an unrelated entry in Peru, all sharing a searchable word.</summary>
    private async Task<(Practice English, Practice French, Practice Peru, string Word)> PublishedSetAsync()
    {
        var member = await App.CreatePersonAsync("Public Submitter", Roles.Member);
        var curator = await PracticeSetup.CuratorAsync(App);
        var word = "zq" + Guid.NewGuid().ToString("N")[..6];
        var english = await PracticeSetup.CreateAsync(App, member, curator, PracticeSetup.Command($"Community health workers {word}", "GH", body: $"Santé in the {word} districts."), true, PracticeReviewAction.Published);
        var french = await PracticeSetup.CreateAsync(App, member, curator, PracticeSetup.Command($"Agents de santé communautaires {word}", "GH", "fr"), true, PracticeReviewAction.Published);
        var peru = await PracticeSetup.CreateAsync(App, member, curator, PracticeSetup.Command($"Respiratory care {word}", "PE"), true, PracticeReviewAction.Published);
        await using var scope = App.Services.CreateAsyncScope();
        Assert.Empty((await scope.ServiceProvider.GetRequiredService<LinkTranslations>().LinkAsync(new Actor(curator.Id, curator.DisplayName), english.Id, french.Id)).Errors);
        return (english, french, peru, word);
    }

    [Fact]
    public async Task A_visitor_searches_filters_by_region_opens_an_entry_and_its_translation()
    {
        var (english, french, _, word) = await PublishedSetAsync();
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/practices");
        await page.GetByLabel("Search the good practices").FillAsync(word);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("total")).ToHaveTextAsync("3 entries");

        await page.GetByTestId("facet-region").GetByRole(AriaRole.Link, new() { Name = "African Region" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("region=Africa"));
        await Assertions.Expect(page.GetByTestId("total")).ToHaveTextAsync("2 entries");
        await Assertions.Expect(page.GetByTestId("hit").Filter(new() { HasText = "Respiratory care" })).ToHaveCountAsync(0);
        // The search box kept the words: the address holds the whole state.
        await Assertions.Expect(page.GetByLabel("Search the good practices")).ToHaveValueAsync(word);

        await page.GetByRole(AriaRole.Link, new() { Name = english.Content.Title }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(english.Content.Title);
        await page.GetByTestId("translations").GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/practices/{french.Slug}$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(french.Content.Title);
        await Assertions.Expect(page.Locator("article")).ToHaveAttributeAsync("lang", "fr");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_results_come_first_and_the_filters_open_from_a_button_that_counts_them()
    {
        var (_, _, _, word) = await PublishedSetAsync();
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync($"/practices?q={word}");
        var toggle = page.GetByTestId("filters-toggle");
        var region = page.GetByTestId("facet-region").GetByRole(AriaRole.Link, new() { Name = "African Region" });
        await Assertions.Expect(region).ToBeHiddenAsync();
        // The first result is on the first screen, above where the filters were.
        var first = await page.GetByTestId("hit").First.BoundingBoxAsync();
        Assert.True(first!.Y < 844, $"The first result starts at {first.Y} px, below the first screen.");

        await toggle.ClickAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await region.ClickAsync();
        await Assertions.Expect(page.GetByTestId("total")).ToHaveTextAsync("2 entries");
        // The new page starts with the drawer closed, and the button says one filter is on.
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(toggle).ToContainTextAsync("1");
        await Assertions.Expect(region).ToBeHiddenAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_member_submits_a_curator_sends_it_back_the_member_fixes_it_and_it_is_published()
    {
        var member = await App.CreatePersonAsync("Browser Submitter", Roles.Member);
        var curator = await PracticeSetup.CuratorAsync(App);
        var title = "Mobile clinics " + Guid.NewGuid().ToString("N")[..6];
        var memberPage = await fixture.NewPageAsync();
        await SignIn.AsAsync(memberPage, member);
        await memberPage.GotoAsync("/practices/submit");
        await memberPage.GetByLabel("Title").FillAsync(title);
        await memberPage.GetByLabel("Summary (at most 500 characters)").FillAsync("Mobile clinics planned with people living with hypertension.");
        await memberPage.GetByLabel("Description (Markdown)").FillAsync("Routes were chosen by a patients' committee.");
        await memberPage.GetByLabel("Countries").SelectOptionAsync(["UG"]);
        await memberPage.GetByLabel("Cardiovascular disease").CheckAsync();
        await memberPage.GetByLabel("Co-design").CheckAsync();
        await memberPage.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Assertions.Expect(memberPage.GetByTestId("status")).ToContainTextAsync("With the curators");

        var curatorPage = await fixture.NewPageAsync();
        await SignIn.AsAsync(curatorPage, curator);
        await curatorPage.GotoAsync("/moderation");
        await curatorPage.GetByTestId("waiting-practices").GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await curatorPage.GetByLabel("Note for the submitter (required except to publish)").FillAsync("Say which district.");
        await curatorPage.GetByRole(AriaRole.Button, new() { Name = "Ask for changes" }).ClickAsync();
        await Assertions.Expect(curatorPage.GetByTestId("status")).ToContainTextAsync("Changes asked");

        await memberPage.GotoAsync("/practices/mine");
        await memberPage.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(memberPage.GetByTestId("review-notes")).ToContainTextAsync("Say which district.");
        await memberPage.GetByLabel("Description (Markdown)").FillAsync("Routes in Gulu district were chosen by a patients' committee.");
        await memberPage.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Assertions.Expect(memberPage.GetByTestId("status")).ToContainTextAsync("With the curators");

        await curatorPage.ReloadAsync();
        await curatorPage.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(curatorPage.GetByTestId("status")).ToContainTextAsync("Published");

        var visitor = await fixture.NewPageAsync();
        await visitor.GotoAsync("/practices?q=gulu");
        await visitor.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(visitor.Locator(".practice-body")).ToContainTextAsync("Gulu district");
        foreach (var page in new[] { memberPage, curatorPage, visitor })
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("es")]
    public async Task Every_public_repository_page_has_no_accessibility_violations(string language)
    {
        var (english, _, _, word) = await PublishedSetAsync();
        var page = await fixture.NewPageAsync(language);
        foreach (var path in new[] { "/practices", $"/practices?q={word}", $"/practices?q={word}&region=Africa&page=7", $"/practices/{english.Slug}", "/practices/no-such-entry" })
        {
            await page.GotoAsync($"{path}{(path.Contains('?') ? '&' : '?')}culture={language}");
            Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
            await Accessibility.AssertNoViolationsAsync(page);
        }
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task The_submission_and_curation_pages_have_no_accessibility_violations(string language)
    {
        var member = await App.CreatePersonAsync($"Accessible submitter {language}", Roles.Member);
        var curator = await PracticeSetup.CuratorAsync(App);
        var practice = await PracticeSetup.CreateAsync(App, member, curator, PracticeSetup.Command($"Accessible {Guid.NewGuid():N}"[..20]), true, PracticeReviewAction.ChangesRequested);
        var page = await fixture.NewPageAsync(language);
        await SignIn.AsAsync(page, member, language);
        foreach (var path in new[] { "/practices/submit", "/practices/mine", $"/practices/submit/{practice.Id}" })
        {
            var response = await page.GotoAsync(path);
            Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
            await Accessibility.AssertNoViolationsAsync(page);
        }
        // A refused submission shows its errors next to the fields.
        await page.GotoAsync("/practices/submit");
        await page.GetByRole(AriaRole.Button, new() { Name = language == "fr" ? "Soumettre pour relecture" : "Submit for review" }).ClickAsync();
        await Assertions.Expect(page.Locator(".validation-message").First).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.Context.CloseAsync();

        var staff = await fixture.NewPageAsync(language);
        await SignIn.AsAsync(staff, curator, language);
        foreach (var path in new[] { "/moderation", $"/moderation/practices/{practice.Id}" })
        {
            var response = await staff.GotoAsync(path);
            Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
            await Accessibility.AssertNoViolationsAsync(staff);
        }
        await staff.Context.CloseAsync();
    }
}
