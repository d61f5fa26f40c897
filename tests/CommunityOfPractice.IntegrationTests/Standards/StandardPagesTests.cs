using System.Globalization;
using System.Net;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Standards;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Standards;

/// <summary>
/// The whole cycle of a standard through its pages' forms, as coordinators and members use them, on a clock the test
/// moves to the round's instants: create, publish, open a round, comment, propose, support, answer, publish again.
/// </summary>
public sealed class StandardPagesTests(ClockedAppFactory app) : IClassFixture<ClockedAppFactory>
{
    private const string Body = StandardWorkflowTests.Body;

    private static Dictionary<string, string> NewStandardForm(string title, string body) => new()
    {
        ["Input.Title"] = title,
        ["Input.Summary"] = "How people living with NCDs are involved.",
        ["Input.Language"] = "en",
        ["Input.TranslationOfId"] = "",
        ["Input.Body"] = body,
    };

    private async Task<T> WithDbAsync<T>(Func<CommunityDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CommunityDbContext>());
    }

    private async Task<Browser> SignedInAsync(TestPerson person)
    {
        var browser = new Browser(app);
        await browser.SignInAsync(person);
        return browser;
    }

    private static string SlugFrom(Page created)
    {
        Assert.True(created.IsRedirect, $"Creating the standard should redirect to its drafting page, not answer {(int)created.Status}:\n{created.Html}");
        var path = new Uri(new Uri("http://localhost/"), created.Location).AbsolutePath;
        return path.Split('/', StringSplitOptions.RemoveEmptyEntries)[1];
    }

    /// <summary>A coordinator creates a standard through the form and publishes its first version; returns its slug.</summary>
    private async Task<string> PublishedStandardAsync(Browser coordinator, string title)
    {
        var slug = SlugFrom(await coordinator.SubmitAsync("/standards/new", "new-standard", NewStandardForm(title, Body)));
        var published = await coordinator.SubmitAsync($"/standards/{slug}/draft", "publish-draft", new Dictionary<string, string>());
        Assert.True(published.IsRedirect, $"Publishing the draft should redirect:\n{published.Html}");
        return slug;
    }

    private static string Local(DateTimeOffset instant, string zone) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(zone)).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// Opens a round through the drafting form, in Paris time, opening in an hour and lasting <paramref name="length"/>
    /// (three hours unless told: a staff session ends after twelve, and the drafters work on after the close).
    /// </summary>
    private async Task<ConsultationRound> OpenRoundAsync(Browser coordinator, string slug, TimeSpan? length = null)
    {
        var opens = app.Clock.GetUtcNow().AddHours(1);
        var set = await coordinator.SubmitAsync($"/standards/{slug}/draft", "round", new Dictionary<string, string>
        {
            ["Round.OpensLocal"] = Local(opens, "Europe/Paris"),
            ["Round.ClosesLocal"] = Local(opens + (length ?? TimeSpan.FromHours(3)), "Europe/Paris"),
            ["Round.TimeZoneId"] = "Europe/Paris",
            ["Round.GuidingQuestions"] = "What is missing?",
            ["Round.WebinarId"] = "",
            ["Round.DebateId"] = "",
        });
        Assert.True(set.IsRedirect, $"Opening the round should redirect:\n{set.Html}");
        var round = await WithDbAsync(db => db.ConsultationRounds.AsNoTracking().Include(r => r.Version).SingleAsync(r => r.Version!.Document!.Slug == slug));
        // Entered in Paris time, stored in UTC, to the minute the form carries.
        var expected = new DateTimeOffset(opens.UtcDateTime.Ticks - opens.UtcDateTime.Ticks % TimeSpan.TicksPerMinute, TimeSpan.Zero);
        Assert.Equal(expected, round.OpensAt.ToUniversalTime());
        return round;
    }

    private Task<string> KeyOfAsync(ConsultationRound round, string number) =>
        WithDbAsync(db => db.StandardParagraphs.Where(p => p.VersionId == round.VersionId && p.Number == number).Select(p => p.Key).SingleAsync());

    [Fact]
    public async Task A_standard_goes_from_draft_through_a_consultation_to_its_second_version_through_the_forms()
    {
        var drafter = await app.CreatePersonAsync("Drafter One", Roles.Member, Roles.Coordinator);
        var otherDrafter = await app.CreatePersonAsync("Drafter Two", Roles.Member, Roles.Coordinator);
        var author = await app.CreatePersonAsync("Proposing Member", Roles.Member);
        var supporter = await app.CreatePersonAsync("Supporting Member", Roles.Member);
        var title = $"Involvement standard {Guid.NewGuid():N}"[..32];
        using var coordinator = await SignedInAsync(drafter);
        using var second = await SignedInAsync(otherDrafter);
        using var member = await SignedInAsync(author);
        using var other = await SignedInAsync(supporter);

        // Too long, and hostile: refused with the core's message, the typed title kept, nothing saved.
        var tooLong = await coordinator.SubmitAsync("/standards/new", "new-standard", NewStandardForm(title, "# One\n\n" + string.Concat(Enumerable.Repeat("word ", StandardDocument.MaxWords + 1))));
        Assert.Equal(HttpStatusCode.OK, tooLong.Status);
        Assert.Contains($"A standard can have at most {StandardDocument.MaxWords} words", tooLong.Text);
        Assert.Contains(title, tooLong.Html);
        Assert.False(await WithDbAsync(db => db.StandardDocuments.AnyAsync(d => d.Title == title)), "A refused standard should not be saved.");

        var hostile = Body + "\n\nSee <script>alert('x')</script> and [this](javascript:alert(1)).";
        var slug = SlugFrom(await coordinator.SubmitAsync("/standards/new", "new-standard", NewStandardForm(title, hostile)));
        var draft = await coordinator.GetAsync($"/standards/{slug}/draft");
        Assert.Contains("Draft", draft.Text);
        Assert.DoesNotContain("<script>alert", draft.Html);
        Assert.DoesNotContain("javascript:alert", draft.Html);
        Assert.Contains("id=\"p1.1\"", draft.Html);

        // A draft is staff's: members do not see it in the list.
        Assert.DoesNotContain(title, (await member.GetAsync("/standards")).Html);
        Assert.Contains(title, (await coordinator.GetAsync("/standards")).Html);

        var published = await coordinator.SubmitAsync($"/standards/{slug}/draft", "publish-draft", new Dictionary<string, string>());
        Assert.True(published.IsRedirect, $"Publishing the draft should redirect:\n{published.Html}");
        Assert.Contains(title, (await member.GetAsync("/standards")).Html);

        var round = await OpenRoundAsync(coordinator, slug);
        var before = await member.GetAsync($"/standards/{slug}/consult");
        Assert.Contains("This consultation has not opened yet", before.Text);
        Assert.DoesNotContain("name=\"_handler\" value=\"comment-", before.Html);

        app.Clock.SetUtcNow(round.OpensAt);
        var key = await KeyOfAsync(round, "1.1");
        var consult = $"/standards/{slug}/consult";
        var commented = await member.SubmitAsync(consult, $"comment-{key}", new Dictionary<string, string> { ["Text"] = "Name the decisions, please.", ["Consent"] = "QuoteWithName" });
        Assert.True(commented.IsRedirect, $"Commenting should redirect:\n{commented.Html}");
        var empty = await member.SubmitAsync(consult, $"propose-{key}", new Dictionary<string, string> { ["Text"] = "People living with NCDs lead every decision.", ["Reason"] = "", ["Consent"] = "QuoteWithName" });
        Assert.Contains("Say why you propose this wording", empty.Text);
        Assert.Contains("People living with NCDs lead every decision.", empty.Html);
        var proposed = await member.SubmitAsync(consult, $"propose-{key}", new Dictionary<string, string>
        {
            ["Text"] = "People living with NCDs lead every decision that concerns them.",
            ["Reason"] = "Taking part is not enough.",
            ["Consent"] = "QuoteAnonymously",
        });
        Assert.True(proposed.IsRedirect, $"Proposing should redirect:\n{proposed.Html}");
        var proposal = await WithDbAsync(db => db.StandardProposals.AsNoTracking().SingleAsync(p => p.RoundId == round.Id));
        Assert.Equal(QuotingConsent.QuoteAnonymously, proposal.Consent);

        var page = await other.GetAsync(consult);
        Assert.Contains("Name the decisions, please.", page.Text);
        // A plain page: its forms post, its counts and countdown are custom elements and scripts of their own, so it
        // ships without Blazor's script (the standards list, with interactive parts elsewhere, keeps it).
        Assert.DoesNotContain("_framework/blazor.web", page.Html);
        Assert.Contains("_framework/blazor.web", (await other.GetAsync("/standards")).Html);
        // Word by word: "take part in" struck out, "lead" added, each announced in words as well as by style.
        Assert.Matches("<del[^>]*><span[^>]*>\\[Removed: </span>take part in<", page.Html);
        Assert.Matches("<ins[^>]*><span[^>]*>\\[Added: </span>lead<", page.Html);
        Assert.Contains("0 supports", page.Text);
        // The author cannot support their own proposal: no button for them.
        Assert.DoesNotContain($"value=\"support-{proposal.Id}\"", (await member.GetAsync(consult)).Html);

        var supported = await other.SubmitAsync(page, consult, $"support-{proposal.Id}", new Dictionary<string, string>());
        Assert.True(supported.IsRedirect, $"Supporting should redirect:\n{supported.Html}");
        var after = await other.GetAsync(consult);
        Assert.Contains("1 support", after.Text);
        Assert.Contains("You support this proposal.", after.Text);
        Assert.DoesNotContain($"value=\"support-{proposal.Id}\"", after.Html);
        // Supporting twice, from the page loaded before, is refused and counts once.
        var twice = await other.SubmitAsync(page, consult, $"support-{proposal.Id}", new Dictionary<string, string>());
        Assert.Contains("You already support this proposal.", twice.Text);
        Assert.Equal(1, await WithDbAsync(db => db.StandardProposals.Where(p => p.Id == proposal.Id).Select(p => p.SupportCount).SingleAsync()));

        // Answering before the close is refused.
        var early = await coordinator.GetAsync($"/standards/{slug}/answers");
        Assert.Contains("Proposals are answered after the consultation closes", early.Text);

        // A page loaded while open, sent after the close: refused, the text kept.
        var lastMinute = await other.GetAsync(consult);
        app.Clock.SetUtcNow(round.ClosesAt);
        var late = await other.SubmitAsync(lastMinute, consult, $"comment-{key}", new Dictionary<string, string> { ["Text"] = "A late thought about payment.", ["Consent"] = "QuoteWithName" });
        Assert.Contains("This consultation closed on", late.Text);
        Assert.Contains("A late thought about payment.", late.Html);
        Assert.Equal(1, await WithDbAsync(db => db.StandardComments.CountAsync(c => c.RoundId == round.Id)));
        var closed = await member.GetAsync(consult);
        Assert.Contains("This consultation is closed", closed.Text);
        Assert.DoesNotContain("name=\"_handler\" value=\"comment-", closed.Html);

        // The next version waits for every answer: refused, the new text kept.
        var nextBody = Body.Replace("take part in", "lead", StringComparison.Ordinal);
        var refused = await coordinator.SubmitAsync($"/standards/{slug}/draft", "next-version", new Dictionary<string, string> { ["Next.Body"] = nextBody });
        Assert.Contains("Answer every proposal of the consultation before publishing the next version", refused.Text);
        Assert.Contains("People living with NCDs lead every decision", refused.Text);
        Assert.Equal(1, await WithDbAsync(db => db.StandardVersions.CountAsync(v => v.DocumentId == round.Version!.DocumentId)));

        // Two drafters answer at once: the second is told, and keeps their text.
        var answers = $"/standards/{slug}/answers";
        var firstPage = await coordinator.GetAsync(answers);
        var secondPage = await second.GetAsync(answers);
        var form = $"answer-{proposal.Id}";
        var noReason = await coordinator.SubmitAsync(firstPage, answers, form, new Dictionary<string, string> { ["Answer"] = "Accepted", ["Reason"] = "" });
        Assert.Contains("Give the reason for your answer", noReason.Text);
        var answered = await coordinator.SubmitAsync(firstPage, answers, form, new Dictionary<string, string> { ["Answer"] = "AcceptedWithChanges", ["Reason"] = "We keep \"concerns them\"." });
        Assert.True(answered.IsRedirect, $"Answering should redirect:\n{answered.Html}");
        var beaten = await second.SubmitAsync(secondPage, answers, form, new Dictionary<string, string> { ["Answer"] = "Declined", ["Reason"] = "My own reasoned decline." });
        Assert.Contains(AnswerProposal.AnsweredFirst, beaten.Text);
        Assert.Contains("My own reasoned decline.", beaten.Html);
        var stored = await WithDbAsync(db => db.StandardProposals.AsNoTracking().SingleAsync(p => p.Id == proposal.Id));
        Assert.Equal(ProposalAnswer.AcceptedWithChanges, stored.Answer);
        Assert.Equal(drafter.Id, stored.AnsweredById);

        // The answer is shown to all, then the next version goes out.
        var withAnswer = await other.GetAsync(consult);
        Assert.Contains("Accepted with changes", withAnswer.Text);
        Assert.Contains("We keep \"concerns them\".", withAnswer.Text);
        var next = await coordinator.SubmitAsync($"/standards/{slug}/draft", "next-version", new Dictionary<string, string> { ["Next.Body"] = nextBody });
        Assert.True(next.IsRedirect, $"Publishing version 2 should redirect:\n{next.Html}");
        var version2 = await WithDbAsync(db => db.StandardVersions.AsNoTracking().SingleAsync(v => v.DocumentId == round.Version!.DocumentId && v.Number == 2));
        Assert.True(version2.IsPublished, "Version 2 should be published.");
        Assert.Contains("A later version of this standard has been published", (await member.GetAsync(consult)).Text);
    }

    [Fact]
    public async Task Members_cannot_draft_and_a_tampered_consent_or_answer_is_refused()
    {
        var drafter = await app.CreatePersonAsync("Drafter Three", Roles.Member, Roles.Coordinator);
        var author = await app.CreatePersonAsync("Tampering Member", Roles.Member);
        using var coordinator = await SignedInAsync(drafter);
        using var member = await SignedInAsync(author);
        var slug = await PublishedStandardAsync(coordinator, $"Tamper {Guid.NewGuid():N}"[..20]);
        var round = await OpenRoundAsync(coordinator, slug);

        Assert.True((await member.GetAsync("/standards/new")).IsRedirect, "A member should be turned away from the new-standard form.");
        Assert.True((await member.GetAsync($"/standards/{slug}/draft")).IsRedirect, "A member should be turned away from the drafting page.");

        app.Clock.SetUtcNow(round.OpensAt);
        var key = await KeyOfAsync(round, "1.2");
        var consult = $"/standards/{slug}/consult";
        var tampered = await member.SubmitAsync(consult, $"comment-{key}", new Dictionary<string, string> { ["Text"] = "Kept despite the tampering.", ["Consent"] = "42" });
        Assert.Contains("Choose how you may be quoted.", tampered.Text);
        Assert.Contains("Kept despite the tampering.", tampered.Html);
        var hostile = await member.SubmitAsync(consult, $"comment-{key}", new Dictionary<string, string> { ["Text"] = "<img src=x onerror=alert(1)> fine words", ["Consent"] = "QuoteWithName" });
        Assert.True(hostile.IsRedirect, $"A comment with hostile HTML is sanitized, not refused:\n{hostile.Html}");
        var shown = await member.GetAsync(consult);
        Assert.Contains("fine words", shown.Text);
        Assert.DoesNotContain("<img", shown.Html);
    }

    [Fact]
    public async Task A_moderator_hides_a_comment_with_a_reason_shown_in_its_place()
    {
        var drafter = await app.CreatePersonAsync("Drafter Four", Roles.Member, Roles.Coordinator);
        var moderatorPerson = await app.CreatePersonAsync("Round Moderator", Roles.Member, Roles.Moderator);
        var author = await app.CreatePersonAsync("Rude Member", Roles.Member);
        using var coordinator = await SignedInAsync(drafter);
        using var moderator = await SignedInAsync(moderatorPerson);
        using var member = await SignedInAsync(author);
        var slug = await PublishedStandardAsync(coordinator, $"Hidden {Guid.NewGuid():N}"[..20]);
        var round = await OpenRoundAsync(coordinator, slug);
        app.Clock.SetUtcNow(round.OpensAt);
        var key = await KeyOfAsync(round, "2.1");
        // Paragraph 2.1 is on the second section's page: its forms are there and post back to it.
        var consult = $"/standards/{slug}/consult?section=2";
        Assert.True((await member.SubmitAsync(consult, $"comment-{key}", new Dictionary<string, string> { ["Text"] = "RUDE-words-here", ["Consent"] = "QuoteWithName" })).IsRedirect,
            "The comment should be published.");
        var comment = await WithDbAsync(db => db.StandardComments.AsNoTracking().SingleAsync(c => c.RoundId == round.Id));
        Assert.DoesNotContain($"value=\"hide-{comment.Id}\"", (await member.GetAsync(consult)).Html);

        var noReason = await moderator.SubmitAsync(consult, $"hide-{comment.Id}", new Dictionary<string, string> { ["Reason"] = "" });
        Assert.Contains("Give the reason shown in its place", noReason.Text);
        var hidden = await moderator.SubmitAsync(consult, $"hide-{comment.Id}", new Dictionary<string, string> { ["Reason"] = "Insulting another member." });
        Assert.True(hidden.IsRedirect, $"Hiding should redirect:\n{hidden.Html}");
        Assert.EndsWith($"consult?section=2&done=hidden#p2.1", hidden.Location);
        var page = await member.GetAsync(consult);
        Assert.DoesNotContain("RUDE-words-here", page.Html);
        Assert.Contains("Hidden by a moderator: Insulting another member.", page.Text);
    }

    [Fact]
    public async Task Round_mails_go_out_once_at_opening_48_hours_before_closing_and_at_closing()
    {
        var keen = await app.ChooseMailAsync(await app.CreatePersonAsync("Keen Reader", Roles.Member), Features.Mail.MailFrequency.Immediate);
        var drafter = await app.CreatePersonAsync("Drafter Five", Roles.Member, Roles.Coordinator);
        using var coordinator = await SignedInAsync(drafter);
        var title = $"Mailed {Guid.NewGuid():N}"[..20];
        var slug = await PublishedStandardAsync(coordinator, title);
        var round = await OpenRoundAsync(coordinator, slug, TimeSpan.FromDays(7));

        async Task RunTwiceAsync()
        {
            for (var i = 0; i < 2; i++)
            {
                await using var scope = app.Services.CreateAsyncScope();
                // Once as the scheduled job, once as the reconciler that catches lost jobs: each mail still goes once.
                if (i == 0)
                {
                    await scope.ServiceProvider.GetRequiredService<RoundTransitions>().ApplyAsync(round.Id);
                }
                else
                {
                    await scope.ServiceProvider.GetRequiredService<RoundTransitions>().ReconcileAsync();
                }
            }
            await app.WaitForOutboxAsync();
        }

        int Count(string subject) => app.Mailbox.For(keen.Email).Count(m => m.Subject!.Contains(title) && m.Subject.Contains(subject));

        app.Clock.SetUtcNow(round.OpensAt - TimeSpan.FromTicks(1));
        await RunTwiceAsync();
        Assert.Equal(0, Count("is open"));
        app.Clock.SetUtcNow(round.OpensAt);
        await RunTwiceAsync();
        Assert.Equal(1, Count("is open"));
        var opened = app.Mailbox.For(keen.Email).Single(m => m.Subject!.Contains(title) && m.Subject.Contains("is open"));
        Assert.True(opened.Headers.Contains("List-Unsubscribe"), "A round mail can be turned off from the mail itself.");
        Assert.Contains($"/standards/{slug}/consult", opened.TextBody);
        using var reader = await SignedInAsync(keen);
        var mailed = await reader.GetAsync(MailedLink(opened.TextBody ?? "", $"/standards/{slug}/consult"));
        Assert.Contains("data-testid=\"paragraph-1.1\"", mailed.Html);
        Assert.Contains($"href=\"standards/{slug}/consult?section=2\"", mailed.Html);

        app.Clock.SetUtcNow(round.ClosesAt - RoundTransitions.ReminderBeforeClosing - TimeSpan.FromTicks(1));
        await RunTwiceAsync();
        Assert.Equal(0, Count("closes in 48 hours"));
        app.Clock.SetUtcNow(round.ClosesAt - RoundTransitions.ReminderBeforeClosing);
        await RunTwiceAsync();
        Assert.Equal(1, Count("closes in 48 hours"));

        app.Clock.SetUtcNow(round.ClosesAt - TimeSpan.FromTicks(1));
        await RunTwiceAsync();
        Assert.Equal(0, Count("is closed"));
        app.Clock.SetUtcNow(round.ClosesAt);
        await RunTwiceAsync();
        Assert.Equal(1, Count("is closed"));
        Assert.Equal(1, Count("is open"));
    }

    [Fact]
    public async Task A_digest_tells_of_a_round_that_opened_then_of_its_closing_soon_then_of_its_close()
    {
        var reader = await app.CreatePersonAsync("Digest Reader", Roles.Member);
        var drafter = await app.CreatePersonAsync("Drafter Six", Roles.Member, Roles.Coordinator);
        using var coordinator = await SignedInAsync(drafter);
        var slug = await PublishedStandardAsync(coordinator, $"Digested {Guid.NewGuid():N}"[..22]);
        var round = await OpenRoundAsync(coordinator, slug, TimeSpan.FromDays(3));

        async Task<DigestRoundNews?> NewsAsync(DateTimeOffset from, DateTimeOffset to)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var member = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Users.AsNoTracking().SingleAsync(u => u.Id == reader.Id);
            var news = await scope.ServiceProvider.GetRequiredService<StandardDesk>().DigestAsync(member, new Features.Mail.DigestPeriod(from, to, Features.Mail.MailFrequency.Daily));
            return news.Where(n => n.Round.Id == round.Id).Select(n => (DigestRoundNews?)n.News).SingleOrDefault();
        }

        var day = TimeSpan.FromDays(1);
        Assert.Null(await NewsAsync(round.OpensAt - 2 * day, round.OpensAt - day));
        Assert.Equal(DigestRoundNews.Opened, await NewsAsync(round.OpensAt - TimeSpan.FromHours(1), round.OpensAt + TimeSpan.FromHours(23)));
        Assert.Equal(DigestRoundNews.ClosesSoon, await NewsAsync(round.ClosesAt - 2 * day, round.ClosesAt - day));
        Assert.Equal(DigestRoundNews.Closed, await NewsAsync(round.ClosesAt - TimeSpan.FromHours(1), round.ClosesAt + TimeSpan.FromHours(23)));
    }

    private static string MailedLink(string text, string path)
    {
        var start = text.IndexOf(path, StringComparison.Ordinal);
        Assert.True(start >= 0, $"The mail should link to {path}:\n{text}");
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('>' or ')' or '"'))
        {
            end++;
        }
        return text[start..end];
    }

    [Fact]
    public async Task The_consultation_page_shows_one_section_at_a_time_with_every_sections_counts()
    {
        var drafter = await app.CreatePersonAsync("Drafter Sections", Roles.Member, Roles.Coordinator);
        var author = await app.CreatePersonAsync("Section Reader", Roles.Member);
        using var coordinator = await SignedInAsync(drafter);
        using var member = await SignedInAsync(author);
        var slug = await PublishedStandardAsync(coordinator, $"Sections {Guid.NewGuid():N}"[..20]);
        var round = await OpenRoundAsync(coordinator, slug);
        app.Clock.SetUtcNow(round.OpensAt);
        var later = await KeyOfAsync(round, "2.1");
        var commented = await member.SubmitAsync($"/standards/{slug}/consult?section=2", $"comment-{later}",
            new Dictionary<string, string> { ["Text"] = "Evening meetings suit workers.", ["Consent"] = "QuoteWithName" });
        Assert.True(commented.IsRedirect, $"The comment should be published:\n{commented.Html}");
        Assert.Contains("consult?section=2&done=comment#comment-", commented.Location);

        // The first section by default: its paragraphs, not the second's; every section listed with its counts.
        var first = await member.GetAsync($"/standards/{slug}/consult");
        Assert.Contains("data-testid=\"paragraph-1.1\"", first.Html);
        Assert.Contains("data-testid=\"paragraph-1.2\"", first.Html);
        Assert.DoesNotContain("data-testid=\"paragraph-2.1\"", first.Html);
        Assert.DoesNotContain("Evening meetings suit workers.", first.Text);
        Assert.Contains($"href=\"standards/{slug}/consult?section=2\" data-section=\"2\"", first.Html);
        Assert.Contains("2. Accessibility", first.Text);
        Assert.Contains("comments: 1, proposals: 0", first.Text);
        Assert.Contains("comments: 0, proposals: 0", first.Text);
        Assert.Contains($"rel=\"next\" href=\"standards/{slug}/consult?section=2\"", first.Html);
        Assert.DoesNotContain("rel=\"prev\"", first.Html);
        Assert.DoesNotContain("data-testid=\"section-not-found\"", first.Html);

        // The second section, with its comment, its paragraph's own link carrying the section, and the way back.
        var second = await member.GetAsync($"/standards/{slug}/consult?section=2");
        Assert.Contains("data-testid=\"paragraph-2.1\"", second.Html);
        Assert.DoesNotContain("data-testid=\"paragraph-1.1\"", second.Html);
        Assert.Contains("Evening meetings suit workers.", second.Text);
        Assert.Contains($"href=\"standards/{slug}/consult?section=2#p2.1\"", second.Html);
        Assert.Contains("rel=\"prev\"", second.Html);
        Assert.DoesNotContain("rel=\"next\"", second.Html);
        Assert.Contains($"action=\"standards/{slug}/consult?section=2\"", second.Html);

        // A refused contribution on the second section comes back on it, with the typed text kept.
        var refused = await member.SubmitAsync(second, $"/standards/{slug}/consult?section=2", $"propose-{later}",
            new Dictionary<string, string> { ["Text"] = "Meetings are held online too.", ["Reason"] = "", ["Consent"] = "QuoteWithName" });
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("data-testid=\"paragraph-2.1\"", refused.Html);
        Assert.Contains("Meetings are held online too.", refused.Html);
    }

    [Theory]
    [InlineData("99")]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("2%27%20OR%201%3D1--")]
    [InlineData("1.1")]
    public async Task An_unknown_or_tampered_section_shows_the_first_section_with_a_note(string section)
    {
        var drafter = await app.CreatePersonAsync("Drafter Tamper", Roles.Member, Roles.Coordinator);
        using var coordinator = await SignedInAsync(drafter);
        var slug = await PublishedStandardAsync(coordinator, $"Tamper {Guid.NewGuid():N}"[..20]);
        await OpenRoundAsync(coordinator, slug);
        using var member = await SignedInAsync(await app.CreatePersonAsync("Tamper Reader", Roles.Member));
        await member.GetAsync("/?culture=fr");
        var page = await member.GetAsync($"/standards/{slug}/consult?section={section}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("data-testid=\"section-not-found\"", page.Html);
        Assert.Contains(app.Translate("fr", "There is no such section in this text: here is its first section."), page.Text);
        Assert.Contains("data-testid=\"paragraph-1.1\"", page.Html);
        Assert.DoesNotContain("<script>alert", page.Html);
    }

    [Fact]
    public async Task Links_to_a_contribution_of_a_later_section_from_the_flag_page_and_the_moderation_queue_open_its_section()
    {
        var drafter = await app.CreatePersonAsync("Drafter Links", Roles.Member, Roles.Coordinator);
        using var coordinator = await SignedInAsync(drafter);
        using var moderator = await SignedInAsync(await app.CreatePersonAsync("Links Moderator", Roles.Member, Roles.Moderator));
        using var author = await SignedInAsync(await app.CreatePersonAsync("Links Author", Roles.Member));
        using var flagger = await SignedInAsync(await app.CreatePersonAsync("Links Flagger", Roles.Member));
        var slug = await PublishedStandardAsync(coordinator, $"Links {Guid.NewGuid():N}"[..20]);
        var round = await OpenRoundAsync(coordinator, slug);
        app.Clock.SetUtcNow(round.OpensAt);
        var text = $"Flag-me-{Guid.NewGuid():N}";
        Assert.True((await author.SubmitAsync($"/standards/{slug}/consult?section=2", $"comment-{await KeyOfAsync(round, "2.1")}",
            new Dictionary<string, string> { ["Text"] = text, ["Consent"] = "QuoteWithName" })).IsRedirect, "The comment should be published.");
        var comment = await WithDbAsync(db => db.StandardComments.AsNoTracking().SingleAsync(c => c.Markdown == text));
        var anchor = $"comment-{comment.Id}";

        // The flag page's links back and its redirect land on the comment's section.
        var flagPage = await flagger.GetAsync($"/standards/{slug}/flag/comment/{comment.Id}");
        Assert.Contains($"href=\"standards/{slug}/consult?section=2#{anchor}\"", flagPage.Html);
        var flagged = await flagger.SubmitAsync(flagPage, $"/standards/{slug}/flag/comment/{comment.Id}", "flag",
            new Dictionary<string, string> { ["Reason"] = "Abusive", ["Note"] = "" });
        Assert.True(flagged.IsRedirect, $"Flagging should redirect:\n{flagged.Text}");
        var back = await flagger.GetAsync(flagged.Location!);
        Assert.Contains($"id=\"{anchor}\"", back.Html);
        Assert.Contains("data-testid=\"paragraph-2.1\"", back.Html);
        Assert.Contains("Thank you. The moderators will look at it.", back.Text);

        // The moderation queue's link opens the section with the paragraph and the comment.
        var queue = await moderator.GetAsync("/standards/moderation");
        var link = $"standards/{slug}/consult?section=2#{anchor}";
        Assert.Contains($"href=\"{link}\"", queue.Html);
        var landed = await moderator.GetAsync("/" + link);
        Assert.Contains("data-testid=\"paragraph-2.1\"", landed.Html);
        Assert.Contains($"id=\"{anchor}\"", landed.Html);
        Assert.Contains(text, landed.Text);
    }

    [Fact]
    public async Task The_consultation_pages_counts_stream_sends_the_sections_counts_then_each_change_in_the_readers_language_until_the_round_closes()
    {
        var drafter = await app.CreatePersonAsync("Drafter Stream", Roles.Member, Roles.Coordinator);
        using var coordinator = await SignedInAsync(drafter);
        using var author = await SignedInAsync(await app.CreatePersonAsync("Stream Author", Roles.Member));
        using var supporter = await SignedInAsync(await app.CreatePersonAsync("Stream Supporter", Roles.Member));
        using var reader = await SignedInAsync(await app.CreatePersonAsync("Stream Reader", Roles.Member));
        var slug = await PublishedStandardAsync(coordinator, $"Stream {Guid.NewGuid():N}"[..20]);
        var round = await OpenRoundAsync(coordinator, slug);
        app.Clock.SetUtcNow(round.OpensAt);
        async Task<long> ProposeAsync(string section, string number, string text)
        {
            var proposed = await author.SubmitAsync($"/standards/{slug}/consult?section={section}", $"propose-{await KeyOfAsync(round, number)}",
                new Dictionary<string, string> { ["Text"] = text, ["Reason"] = "Clearer.", ["Consent"] = "QuoteWithName" });
            Assert.True(proposed.IsRedirect, $"The proposal should be published:\n{proposed.Text}");
            return await WithDbAsync(db => db.StandardProposals.Where(p => p.ProposedText == text).Select(p => p.Id).SingleAsync());
        }
        var onSecond = await ProposeAsync("2", "2.1", $"Meetings are held online too {Guid.NewGuid():N}.");
        var onFirst = await ProposeAsync("1", "1.1", $"People lead {Guid.NewGuid():N}.");

        // The page names the stream of the section it shows; the reader reads it in French.
        await reader.GetAsync("/?culture=fr");
        var page = await reader.GetAsync($"/standards/{slug}/consult?section=2");
        var src = System.Text.RegularExpressions.Regex.Match(page.Html, "<live-support-counts [^>]*src=\"([^\"]+)\"").Groups[1].Value;
        var secondSection = await WithDbAsync(db => db.StandardSections.Where(s => s.VersionId == round.VersionId && s.Number == "2").Select(s => s.Id).SingleAsync());
        Assert.Equal($"standards/rounds/{round.Id}/sections/{secondSection}/counts", src);

        // Strangers and sections of no round get nothing.
        using (var anonymous = new Browser(app))
        {
            var refused = await anonymous.GetAsync("/" + src);
            Assert.True(refused.IsRedirect || refused.Status == HttpStatusCode.Unauthorized, $"An anonymous visitor should not get the stream: {(int)refused.Status}");
        }
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/standards/rounds/{round.Id}/sections/{int.MaxValue}/counts")).Status);

        using var stopped = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using var response = await reader.Client.GetAsync("/" + src, HttpCompletionOption.ResponseHeadersRead, stopped.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var events = new StreamReader(await response.Content.ReadAsStreamAsync(stopped.Token));
        async Task<string> NextAsync()
        {
            string? type = null;
            while (await events.ReadLineAsync(stopped.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    type = line[7..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    Assert.Equal("counts", type);
                    return line[6..];
                }
            }
            throw new InvalidOperationException("The stream ended before its next event.");
        }
        string Counts(long proposal, string words) => System.Text.Json.JsonSerializer.Serialize(new[] { new object[] { proposal, words } });
        var zero = string.Format(CultureInfo.GetCultureInfo("fr"), app.Translate("fr", "{0} supports"), 0);
        var one = app.Translate("fr", "1 support");
        Assert.NotEqual("1 support", one);

        // At once: the shown section's counts, and only them.
        Assert.Equal(Counts(onSecond, zero), await NextAsync());
        // A support of the first section's proposal is not sent; the second section's is, in French.
        Assert.True((await supporter.SubmitAsync($"/standards/{slug}/consult?section=1", $"support-{onFirst}", new Dictionary<string, string>())).IsRedirect,
            "Supporting the first section's proposal should succeed.");
        Assert.True((await supporter.SubmitAsync($"/standards/{slug}/consult?section=2", $"support-{onSecond}", new Dictionary<string, string>())).IsRedirect,
            "Supporting the second section's proposal should succeed.");
        Assert.Equal(Counts(onSecond, one), await NextAsync());

        // Once the round has closed, its counts no longer move: no stream is given.
        app.Clock.SetUtcNow(round.ClosesAt);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/" + src)).Status);
    }
}
