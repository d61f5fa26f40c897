using System.Net;
using System.Text.Json;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Standards;
using CommunityOfPractice.IntegrationTests.Hosting;
using CommunityOfPractice.IntegrationTests.Platform;
using CommunityOfPractice.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Standards;

/// <summary>
/// Moderation in a consultation round, as in debates: members flag a comment or a proposal, moderators see it in their
/// queue and hide it with a reason, leave it shown, or suspend its author from the round; all through the pages' forms.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class RoundModerationTests(CommunityAppFactory app)
{
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

    private static Dictionary<string, string> Form(params (string Key, string Value)[] fields) => fields.ToDictionary(f => f.Key, f => f.Value);

    private async Task<string> FlaggedCountAsync(Browser moderator)
    {
        var home = await moderator.GetAsync("/");
        var queue = MemberHomeTests.Part(MemberHomeTests.Part(home.Text, "staff-queues"), "queue-flagged-contributions", "</li>");
        var badge = queue.IndexOf("class=\"badge", StringComparison.Ordinal);
        Assert.True(badge >= 0, $"The consultations' flag queue shows no count:\n{queue}");
        var start = queue.IndexOf('>', badge) + 1;
        return queue[start..queue.IndexOf('<', start)].Trim();
    }

    [Fact]
    public async Task Members_flag_and_moderators_hide_dismiss_or_suspend_through_the_forms_and_the_round_holds_it()
    {
        var scenario = await StandardSetup.CreateAsync(app);
        var slug = scenario.OpenRound.Slug;
        var round = await WithDbAsync(db => db.ConsultationRounds.AsNoTracking().SingleAsync(r => r.Version!.DocumentId == scenario.OpenRound.Id));
        var proposal = await WithDbAsync(db => db.StandardProposals.AsNoTracking().SingleAsync(p => p.RoundId == round.Id));
        var paragraph = await WithDbAsync(db => db.StandardParagraphs.AsNoTracking().Where(p => p.VersionId == round.VersionId).OrderBy(p => p.Order).Skip(1).FirstAsync());
        var commenterPerson = await app.CreatePersonAsync("Rude Commenter", Roles.Member);
        var flaggerPerson = await app.CreatePersonAsync("Careful Flagger", Roles.Member);
        using var commenter = await SignedInAsync(commenterPerson);
        using var flagger = await SignedInAsync(flaggerPerson);
        using var moderator = await SignedInAsync(await app.CreatePersonAsync("Round Moderator", Roles.Member, Roles.Moderator));
        var before = int.Parse(await FlaggedCountAsync(moderator));

        var commentText = $"You are all fools {scenario.Tag}";
        var posted = await commenter.SubmitAsync($"/standards/{slug}/consult", $"comment-{paragraph.Key}", Form(("Text", commentText), ("Consent", "QuoteWithName")));
        Assert.True(posted.IsRedirect, $"The comment should be published:\n{posted.Text}");
        var comment = await WithDbAsync(db => db.StandardComments.AsNoTracking().SingleAsync(c => c.Markdown == commentText));

        // A tampered reason is refused in the member's language, the note kept, nothing written.
        await flagger.GetAsync("/?culture=fr");
        var tampered = await flagger.SubmitAsync($"/standards/{slug}/flag/comment/{comment.Id}", "flag", Form(("Reason", "Hacked"), ("Note", "Kept note")));
        Assert.Equal(HttpStatusCode.OK, tampered.Status);
        Assert.Contains(app.Translate("fr", "Choose why you are flagging this contribution."), tampered.Text);
        Assert.Contains("value=\"Kept note\"", tampered.Html);
        Assert.False(await WithDbAsync(db => db.StandardFlags.AnyAsync(f => f.ContributionId == comment.Id)), "A refused flag should write nothing.");

        // The consultation page links each contribution to its flag page; another standard's address finds nothing.
        var consultPage = await flagger.GetAsync($"/standards/{slug}/consult");
        Assert.Contains($"href=\"standards/{slug}/flag/comment/{comment.Id}\"", consultPage.Html);
        Assert.Contains(app.Translate("fr", "Contribution not found"), (await flagger.GetAsync($"/standards/{scenario.Document.Slug}/flag/comment/{comment.Id}")).Text);

        // Flagging twice counts once; a proposal and a comment are flagged.
        foreach (var _ in new[] { 1, 2 })
        {
            var flagged = await flagger.SubmitAsync($"/standards/{slug}/flag/comment/{comment.Id}", "flag", Form(("Reason", "Abusive"), ("Note", "Insults people")));
            Assert.True(flagged.IsRedirect, $"Flagging should redirect:\n{flagged.Text}");
            Assert.Contains("done=flagged", flagged.Location);
        }
        var flaggedProposal = await flagger.SubmitAsync($"/standards/{slug}/flag/proposal/{proposal.Id}", "flag", Form(("Reason", "Spam"), ("Note", "")));
        Assert.True(flaggedProposal.IsRedirect, $"Flagging the proposal should redirect:\n{flaggedProposal.Text}");
        Assert.Equal(1, await WithDbAsync(db => db.StandardFlags.CountAsync(f => f.Kind == ContributionKind.Comment && f.ContributionId == comment.Id)));
        Assert.Equal((before + 2).ToString(), await FlaggedCountAsync(moderator));

        // The queue shows both with their reasons and notes; hiding needs a reason.
        var queue = await moderator.GetAsync("/standards/moderation");
        Assert.Equal(HttpStatusCode.OK, queue.Status);
        Assert.Contains(commentText, queue.Text);
        Assert.Contains("Insults people", queue.Text);
        Assert.Contains(scenario.OpenRoundProposal, queue.Text);
        var noReason = await moderator.SubmitAsync("/standards/moderation", $"hide-proposal-{proposal.Id}", Form(("Reason", " ")));
        Assert.Contains("Give the reason shown in its place (at most 1000 characters).", noReason.Text);
        Assert.Null(await WithDbAsync(db => db.StandardProposals.Where(p => p.Id == proposal.Id).Select(p => p.HiddenReason).SingleAsync()));

        var hidden = await moderator.SubmitAsync("/standards/moderation", $"hide-proposal-{proposal.Id}", Form(("Reason", "Advertising")));
        Assert.True(hidden.IsRedirect, $"Hiding should redirect:\n{hidden.Text}");
        Assert.Equal("Advertising", await WithDbAsync(db => db.StandardProposals.Where(p => p.Id == proposal.Id).Select(p => p.HiddenReason).SingleAsync()));
        Assert.True(await WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "standard.proposal-hidden" && e.SubjectUserId == scenario.Named.Id)),
            "Hiding a proposal should be audited against its author.");
        var consult = await flagger.GetAsync($"/standards/{slug}/consult");
        Assert.DoesNotContain(scenario.OpenRoundProposal, consult.Text);
        Assert.Contains(app.Translate("fr", "Hidden by a moderator: {0}").Replace("{0}", "Advertising"), consult.Text);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var support = await scope.ServiceProvider.GetRequiredService<SupportProposal>().HandleAsync(flaggerPerson.Id, proposal.Id);
            Assert.False(support.Succeeded, "A hidden proposal cannot be supported.");
        }

        // The comment's author is suspended: their next comment, from the page they had open, is refused and kept.
        var openPage = await commenter.GetAsync($"/standards/{slug}/consult");
        var suspended = await moderator.SubmitAsync("/standards/moderation", $"suspend-comment-{comment.Id}", Form(("Reason", "Repeated insults")));
        Assert.True(suspended.IsRedirect, $"Suspending should redirect:\n{suspended.Text}");
        var theirPage = await commenter.GetAsync($"/standards/{slug}/consult");
        Assert.Contains("data-testid=\"suspended\"", theirPage.Html);
        Assert.DoesNotContain($"comment-{paragraph.Key}", theirPage.Html);
        var refused = await commenter.SubmitAsync(openPage, $"/standards/{slug}/consult", $"comment-{paragraph.Key}", Form(("Text", "One more try"), ("Consent", "QuoteWithName")));
        Assert.Contains("A moderator has suspended you from this consultation. You can still read it.", refused.Text);
        Assert.Contains("One more try", refused.Text);
        Assert.False(await WithDbAsync(db => db.StandardComments.AnyAsync(c => c.Markdown == "One more try")), "A suspended member's comment should not be saved.");

        // Left shown: the queue empties and the count is back.
        var dismissed = await moderator.SubmitAsync("/standards/moderation", $"dismiss-comment-{comment.Id}", Form());
        Assert.True(dismissed.IsRedirect, $"Dismissing should redirect:\n{dismissed.Text}");
        Assert.Equal(StandardCommentStatus.Published, await WithDbAsync(db => db.StandardComments.Where(c => c.Id == comment.Id).Select(c => c.Status).SingleAsync()));
        Assert.Equal(before.ToString(), await FlaggedCountAsync(moderator));
        Assert.DoesNotContain(commentText, (await moderator.GetAsync("/standards/moderation")).Text.Split("suspended-heading")[0]);

        // The suspended member's export holds their comment and the suspension.
        var export = JsonDocument.Parse((await commenter.GetAsync("/profile/export")).Html).RootElement.GetProperty("standardConsultations");
        Assert.Contains(export.GetProperty("comments").EnumerateArray(), c => c.GetProperty("Markdown").GetString() == commentText);
        Assert.Equal("Repeated insults", export.GetProperty("suspensions")[0].GetProperty("Reason").GetString());
    }

    [Fact]
    public async Task A_proposal_hidden_after_its_round_closed_leaves_the_cached_public_report_and_a_standard_never_takes_a_pages_name()
    {
        var scenario = await StandardSetup.CreateAsync(app);
        var slug = scenario.Document.Slug;
        using var visitor = new Browser(app);
        Assert.Contains(scenario.NamedProposal, (await visitor.GetAsync($"/standards/{slug}/v1/report")).Text);

        var quotable = await WithDbAsync(db => db.StandardProposals.AsNoTracking().SingleAsync(p => p.ProposedText == scenario.NamedProposal));
        using var moderator = await SignedInAsync(await app.CreatePersonAsync("Report Moderator", Roles.Member, Roles.Moderator));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var flag = await scope.ServiceProvider.GetRequiredService<FlagContribution>()
                .HandleAsync(scenario.Refusing.Id, ContributionKind.Proposal, quotable.Id, Features.Debates.FlagReason.DisclosesHealthInformation, "Names my neighbour");
            Assert.True(flag.Succeeded, "A member can flag a proposal of a closed round.");
        }
        var hidden = await moderator.SubmitAsync("/standards/moderation", $"hide-proposal-{quotable.Id}", Form(("Reason", "Discloses someone's health")));
        Assert.True(hidden.IsRedirect, $"Hiding should redirect:\n{hidden.Text}");

        var report = await visitor.GetAsync($"/standards/{slug}/v1/report");
        Assert.DoesNotContain(scenario.NamedProposal, report.Text);
        Assert.Contains("A proposal hidden by a moderator.", report.Text);
        Assert.Contains($"Accepted answer {scenario.Tag}", report.Text);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            foreach (var title in new[] { "Moderation", "Endorsements", "New" })
            {
                var (document, errors) = await scope.ServiceProvider.GetRequiredService<CreateStandard>().HandleAsync(new Actor(scenario.Drafter.Id, scenario.Drafter.DisplayName),
                    new StandardCommand { Title = title, Summary = "A title like a page's name.", Language = "en", Body = StandardSetup.Body });
                Assert.Empty(errors);
                Assert.False(CreateStandard.ReservedSlugs.Contains(document!.Slug), $"A standard titled {title} took the slug {document.Slug}, a page's name.");
            }
        }
    }
}
