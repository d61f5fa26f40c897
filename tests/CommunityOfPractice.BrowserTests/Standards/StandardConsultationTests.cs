using CommunityOfPractice.BrowserTests.Hosting;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Standards;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CommunityOfPractice.BrowserTests.Standards;

/// <summary>A consultation in a real browser: proposing, a support seen live on another member's page, answering and publishing.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StandardConsultationTests(BrowserFixture fixture)
{
    private const string Body = """
        # Involvement

        People living with NCDs take part in every decision that concerns them.

        Organisations pay people for their time and expertise.

        # Accessibility

        Meetings are held in accessible places and at accessible times.
        """;

    private CommunityAppFactory App => fixture.App;

    /// <summary>A published standard with a round open since a minute ago, for a day; returns its slug and round.</summary>
    private async Task<(string Slug, int RoundId, TestPerson Drafter)> OpenRoundAsync(string title)
    {
        var drafter = await App.CreatePersonAsync("Drafter " + Guid.NewGuid().ToString("N")[..6], Roles.Member, Roles.Coordinator);
        var actor = new Actor(drafter.Id, drafter.DisplayName);
        await using var scope = App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var (document, errors) = await services.GetRequiredService<CreateStandard>().HandleAsync(actor,
            new StandardCommand { Title = title, Summary = "How people living with NCDs are involved.", Language = "en", Body = Body });
        Assert.True(errors.Count == 0, string.Join(" ", errors.Select(e => e.Message)));
        var (version, _) = await services.GetRequiredService<PublishStandardVersion>().HandleAsync(actor, document!.Id, null);
        var now = DateTimeOffset.UtcNow;
        var (round, roundErrors) = await services.GetRequiredService<OpenConsultationRound>().HandleAsync(actor, new RoundCommand
        {
            VersionId = version!.Id, OpensLocal = now.AddMinutes(-1).UtcDateTime, ClosesLocal = now.AddDays(1).UtcDateTime, TimeZoneId = "UTC", GuidingQuestions = "What is missing?",
        });
        Assert.True(roundErrors.Count == 0, string.Join(" ", roundErrors.Select(e => e.Message)));
        return (document.Slug, round!.Id, drafter);
    }

    private async Task<IPage> SignedInAsync(TestPerson person, string language = "en")
    {
        var page = await fixture.NewPageAsync(language);
        await SignIn.AsAsync(page, person, language);
        return page;
    }

    [Fact]
    public async Task The_consultation_counts_its_window_down_in_the_browser_to_the_closing_instant()
    {
        var (slug, roundId, _) = await OpenRoundAsync($"Countdown standard {Guid.NewGuid():N}"[..28]);
        DateTimeOffset closes;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            closes = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().ConsultationRounds.Where(r => r.Id == roundId).Select(r => r.ClosesAt).SingleAsync();
        }
        // The page gives the closing to the second (data-closes), and this round was opened at now + a day, milliseconds and all.
        closes = closes.AddTicks(-(closes.UtcTicks % TimeSpan.TicksPerSecond));
        var page = await SignedInAsync(await App.CreatePersonAsync("Countdown Reader", Roles.Member));
        // The page is static (no circuit): its countdown is the browser's, here on a clock the test moves. The clock runs
        // from an hour before the closing while the page loads (however slowly), then jumps to 65 s before it and stops.
        await page.Clock.InstallAsync(new() { TimeDate = closes.AddHours(-1).UtcDateTime });
        await page.GotoAsync($"/standards/{slug}/consult");
        await page.Clock.PauseAtAsync(closes.AddSeconds(-65).UtcDateTime);
        var left = page.GetByTestId("time-left");
        await Assertions.Expect(left).ToHaveTextAsync("Closes in 1 minute");
        await page.Clock.RunForAsync(10_000);
        await Assertions.Expect(left).ToHaveTextAsync("Closes in 55 seconds");
        await page.Clock.RunForAsync(55_000);
        await Assertions.Expect(left).ToHaveTextAsync("Closed now");
    }

    [Fact]
    public async Task A_proposal_gets_support_seen_live_elsewhere_then_a_drafter_accepts_it_and_publishes_version_2()
    {
        var (slug, roundId, drafter) = await OpenRoundAsync($"Live standard {Guid.NewGuid():N}"[..24]);
        var consult = $"/standards/{slug}/consult";
        var author = await SignedInAsync(await App.CreatePersonAsync("Live Proposer", Roles.Member));
        await author.GotoAsync(consult);
        var paragraph = author.GetByTestId("paragraph-1.1");
        await paragraph.Locator("summary", new() { HasText = "Propose new wording" }).ClickAsync();
        await paragraph.GetByLabel("Your wording for the whole paragraph 1.1").FillAsync("People living with NCDs lead every decision that concerns them.");
        await paragraph.GetByLabel("Why this wording?").FillAsync("Taking part is not enough.");
        await paragraph.GetByRole(AriaRole.Button, new() { Name = "Propose this wording" }).ClickAsync();
        await Assertions.Expect(author.GetByRole(AriaRole.Status)).ToContainTextAsync("Your proposal is published.");
        await Assertions.Expect(author.GetByTestId("diff").Locator("ins")).ToContainTextAsync("lead");

        // A second member reads the page, live; a third supports the proposal; the second sees the count change.
        var reader = await SignedInAsync(await App.CreatePersonAsync("Live Reader", Roles.Member));
        await reader.GotoAsync(consult);
        var count = reader.GetByTestId("support-count");
        await Assertions.Expect(count).ToHaveAttributeAsync("data-live", "on");
        await Assertions.Expect(count).ToHaveTextAsync("0 supports");
        var supporter = await SignedInAsync(await App.CreatePersonAsync("Live Supporter", Roles.Member));
        await supporter.GotoAsync(consult);
        await supporter.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Support" }).ClickAsync();
        await Assertions.Expect(supporter.GetByTestId("paragraph-1.1")).ToContainTextAsync("You support this proposal.");
        await Assertions.Expect(count).ToHaveTextAsync("1 support", new() { Timeout = 15_000 });

        // The window closes (as the clock would have it); a drafter answers, then publishes version 2.
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            var closed = DateTimeOffset.UtcNow.AddSeconds(-1);
            await db.ConsultationRounds.Where(r => r.Id == roundId).ExecuteUpdateAsync(s => s.SetProperty(r => r.ClosesAt, closed));
        }
        var coordinator = await SignedInAsync(drafter);
        await coordinator.GotoAsync($"/standards/{slug}/answers");
        await coordinator.GetByLabel("Accepted", new() { Exact = true }).CheckAsync();
        await coordinator.GetByLabel("Reason, shown to everyone").FillAsync("Stronger, and still about what concerns them.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Save the answer" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByTestId("answer")).ToContainTextAsync("Accepted");
        await Accessibility.AssertNoViolationsAsync(coordinator);

        await coordinator.GotoAsync($"/standards/{slug}/draft");
        await coordinator.GetByLabel("Text of the next version (Markdown)").FillAsync(Body.Replace("take part in", "lead", StringComparison.Ordinal));
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Publish version 2" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("The version is published.");
        await Assertions.Expect(coordinator.GetByTestId("versions")).ToContainTextAsync("Version 2");
        foreach (var page in new[] { author, reader, supporter, coordinator })
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("es")]
    public async Task The_standards_pages_have_no_accessibility_violations_and_fit_a_phone(string language)
    {
        var (slug, roundId, drafter) = await OpenRoundAsync($"Axe standard {language} {Guid.NewGuid():N}"[..24]);
        var proposer = await App.CreatePersonAsync("Axe Proposer", Roles.Member);
        long proposalId;
        var commenter = await App.CreatePersonAsync("Axe Commenter", Roles.Member);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<CommunityDbContext>();
            var versionId = await db.ConsultationRounds.Where(r => r.Id == roundId).Select(r => r.VersionId).SingleAsync();
            var key = await db.StandardParagraphs.Where(p => p.Number == "1.1" && p.VersionId == versionId).Select(p => p.Key).SingleAsync();
            var (proposal, errors) = await services.GetRequiredService<ProposeWording>().HandleAsync(proposer.Id,
                new ContributionCommand(roundId, key, "People living with NCDs lead every decision that concerns them, everywhere.", "Stronger."));
            Assert.True(proposal is not null, string.Join(" ", errors.Select(e => e.Message)));
            proposalId = proposal!.Id;
            await services.GetRequiredService<CommentOnParagraph>().HandleAsync(commenter.Id, new ContributionCommand(roundId, key, "A comment with a very-long-unbroken-word-that-should-wrap-on-a-phone-screen-without-scrolling."));
        }
        var page = await SignedInAsync(drafter, language);
        string[] paths = ["/standards", "/standards/new", $"/standards/{slug}/draft", $"/standards/{slug}/consult", $"/standards/{slug}/consult?section=2",
            $"/standards/{slug}/consult?section=99", $"/standards/{slug}/answers",
            $"/standards/{slug}/flag/proposal/{proposalId}"];
        // English is read on a desktop screen and then checked at phone width; French and Spanish are read on the phone.
        var localized = paths.Select(p => SitePages.In(p, language)).ToList();
        await Accessibility.AssertPagesHaveNoViolationsAsync(page, language, localized, language == "en" ? null : 390);
        if (language == "en")
        {
            await PageWalk.AssertAsync(page, language, localized, 390, axe: false);
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_moderator_follows_the_queue_link_to_a_comment_on_a_later_section_and_lands_on_it()
    {
        var (slug, roundId, _) = await OpenRoundAsync($"Queue link {Guid.NewGuid():N}"[..24]);
        var commenter = await App.CreatePersonAsync("Far Commenter", Roles.Member);
        var flagger = await App.CreatePersonAsync("Far Flagger", Roles.Member);
        long commentId;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<CommunityDbContext>();
            var versionId = await db.ConsultationRounds.Where(r => r.Id == roundId).Select(r => r.VersionId).SingleAsync();
            var key = await db.StandardParagraphs.Where(p => p.Number == "2.1" && p.VersionId == versionId).Select(p => p.Key).SingleAsync();
            var (comment, errors) = await services.GetRequiredService<CommentOnParagraph>().HandleAsync(commenter.Id,
                new ContributionCommand(roundId, key, "Evening meetings leave out people who work shifts."));
            Assert.True(comment is not null, string.Join(" ", errors.Select(e => e.Message)));
            commentId = comment!.Id;
            var flagged = await services.GetRequiredService<FlagContribution>().HandleAsync(flagger.Id, ContributionKind.Comment, commentId,
                CommunityOfPractice.Features.Debates.FlagReason.Abusive, "Please look");
            Assert.True(flagged.Succeeded, string.Join(" ", flagged.Errors.Select(e => e.Message)));
        }
        var moderator = await SignedInAsync(await App.CreatePersonAsync("Queue Moderator", Roles.Member, Roles.Moderator));
        await moderator.GotoAsync("/standards/moderation");
        await moderator.GetByTestId($"flagged-comment-{commentId}").GetByRole(AriaRole.Link, new() { Name = "Comment from Far Commenter" }).ClickAsync();
        await Assertions.Expect(moderator).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/standards/{slug}/consult\\?section=2#comment-{commentId}$"));
        await Assertions.Expect(moderator.GetByTestId("paragraph-2.1")).ToBeVisibleAsync();
        await Assertions.Expect(moderator.GetByTestId($"comment-{commentId}")).ToBeInViewportAsync();
        await Assertions.Expect(moderator.GetByTestId("sections").Locator("[aria-current=page]")).ToHaveTextAsync("2. Accessibility");
        await moderator.Context.CloseAsync();
    }
}
