using System.Net;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Practices;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Practices;

/// <summary>A member submits through the form, a curator sends it back, the member fixes it, the curator publishes: each step mailed and audited.</summary>
[Collection(AppCollection.Name)]
public sealed class PracticeWorkflowTests(CommunityAppFactory app)
{
    private static Dictionary<string, string> FormOf(string title, string body) => new()
    {
        ["Input.Title"] = title,
        ["Input.Summary"] = "Peer educators trained by people living with diabetes.",
        ["Input.Body"] = body,
        ["Input.Language"] = "en",
        ["Input.YearFrom"] = "2019",
        ["Input.YearTo"] = "",
        ["Input.Tags"] = "peer support, education",
        ["Input.Organisations"] = "Diabetes Association",
        ["Input.Links"] = "https://example.org/report",
        ["Input.ContactName"] = "",
        ["Input.ContactEmail"] = "",
        ["countries"] = "GH",
        ["areas"] = "Diabetes",
        ["involvement"] = "PeerSupport",
        ["themes"] = "2",
    };

    private static async Task<int> IdOfAsync(CommunityAppFactory app, string title)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Practices.Where(p => p.Content.Title == title).Select(p => p.Id).SingleAsync();
    }

    [Fact]
    public async Task A_submission_goes_back_and_forth_then_is_published_and_found()
    {
        var member = await app.CreatePersonAsync("Practice Submitter", Roles.Member);
        var curator = await PracticeSetup.CuratorAsync(app);
        var title = $"Peer educators {Guid.NewGuid():N}"[..30];
        using var memberBrowser = new Browser(app);
        await memberBrowser.SignInAsync(member);

        // An incomplete submission keeps what was typed and says what is missing.
        var incomplete = FormOf(title, "");
        incomplete["intent"] = "submit";
        var refused = await memberBrowser.SubmitAsync("/practices/submit", "practice", incomplete);
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Describe the practice", refused.Text);
        Assert.Contains(title, refused.Html);
        Assert.Contains("value=\"GH\" selected", refused.Html);

        var complete = FormOf(title, "Twelve **peer educators** ran monthly sessions in Kumasi.");
        complete["intent"] = "submit";
        var submitted = await memberBrowser.SubmitAsync("/practices/submit", "practice", complete);
        Assert.True(submitted.IsRedirect, submitted.Html);
        var id = await IdOfAsync(app, title);
        await app.Mailbox.WaitForAsync(curator.Email, title);

        using var curatorBrowser = new Browser(app);
        await curatorBrowser.SignInAsync(curator);
        Assert.Contains(title, (await curatorBrowser.GetAsync("/moderation")).Html);
        var review = $"/moderation/practices/{id}";
        var noNote = await curatorBrowser.SubmitAsync(review, "decision", new Dictionary<string, string> { ["action"] = "ChangesRequested", ["Decision.Text"] = "" });
        Assert.Contains("Write a note for the submitter", noNote.Text);
        var sentBack = await curatorBrowser.SubmitAsync(review, "decision", new Dictionary<string, string> { ["action"] = "ChangesRequested", ["Decision.Text"] = "Please name the city's health office." });
        Assert.True(sentBack.IsRedirect, sentBack.Html);
        var asked = await app.Mailbox.WaitForAsync(member.Email, "Changes asked");
        Assert.Contains("Please name the city's health office.", asked.TextBody);

        // The member sees the note, fixes the entry and submits again.
        var mine = await memberBrowser.GetAsync($"/practices/submit/{id}");
        Assert.Contains("Please name the city's health office.", mine.Text);
        var fixedForm = FormOf(title, "Twelve peer educators ran monthly sessions with the Kumasi health office.");
        fixedForm["intent"] = "submit";
        var resubmitted = await memberBrowser.SubmitAsync($"/practices/submit/{id}", "practice", fixedForm);
        Assert.True(resubmitted.IsRedirect, $"Submitting the fixed entry again should redirect, not answer {resubmitted.Status}:\n{resubmitted.Html}");
        Assert.Contains(title, (await memberBrowser.GetAsync("/practices/mine")).Html);

        var published = await curatorBrowser.SubmitAsync(review, "decision", new Dictionary<string, string> { ["action"] = "Published", ["Decision.Text"] = "" });
        Assert.True(published.IsRedirect, published.Html);
        await app.Mailbox.WaitForAsync(member.Email, "Published");

        using var visitor = new Browser(app);
        var found = await visitor.GetAsync("/practices?q=kumasi+office");
        Assert.Contains(title, found.Html);
        Assert.Contains("<mark>Kumasi</mark>", found.Html);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var practice = await db.Practices.AsNoTracking().SingleAsync(p => p.Id == id);
        var entry = await visitor.GetAsync($"/practices/{practice.Slug}");
        Assert.Equal(HttpStatusCode.OK, entry.Status);
        Assert.Contains("health office", entry.Text);
        var actions = await db.AuditEntries.AsNoTracking().Where(a => a.Details != null && a.Details.StartsWith(title)).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal(["practice.submitted", "practice.changesrequested", "practice.submitted", "practice.published"], actions);
    }

    [Fact]
    public async Task A_new_revision_replaces_the_public_text_and_the_old_one_is_kept()
    {
        var member = await app.CreatePersonAsync("Revision Submitter", Roles.Member);
        var curator = await PracticeSetup.CuratorAsync(app);
        var title = $"Revised {Guid.NewGuid():N}"[..24];
        var practice = await PracticeSetup.CreateAsync(app, member, curator, PracticeSetup.Command(title, body: "First wording with lanterns."), true, PracticeReviewAction.Published);

        using var curatorBrowser = new Browser(app);
        await curatorBrowser.SignInAsync(curator);
        var form = FormOf(title, "Second wording with bicycles.");
        form.Remove("intent");
        var corrected = await curatorBrowser.SubmitAsync($"/moderation/practices/{practice.Id}", "curate", form.ToDictionary(f => f.Key, f => f.Value));
        Assert.True(corrected.IsRedirect, corrected.Html);

        using var visitor = new Browser(app);
        // Saved, not yet published: the public still reads the first revision.
        Assert.Contains("lanterns", (await visitor.GetAsync($"/practices/{practice.Slug}")).Html);
        var republished = await curatorBrowser.SubmitAsync($"/moderation/practices/{practice.Id}", "decision",
            new Dictionary<string, string> { ["action"] = "Published", ["Decision.Text"] = "" });
        Assert.True(republished.IsRedirect, $"Publishing the corrected entry should redirect, not answer {republished.Status}:\n{republished.Html}");
        var page = await visitor.GetAsync($"/practices/{practice.Slug}");
        Assert.Contains("bicycles", page.Html);
        Assert.DoesNotContain("lanterns", page.Html);
        Assert.Contains("Revision 2", page.Text);
        Assert.Contains(practice.Slug, (await visitor.GetAsync("/practices?q=bicycles")).Html);
        Assert.DoesNotContain(practice.Slug, (await visitor.GetAsync("/practices?q=lanterns")).Html);

        await using var scope = app.Services.CreateAsyncScope();
        var revisions = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().PracticeRevisions.AsNoTracking()
            .Where(r => r.PracticeId == practice.Id).OrderBy(r => r.Number).Select(r => r.Content.Body).ToListAsync();
        Assert.Equal(["First wording with lanterns.", "Second wording with bicycles."], revisions);
    }

    [Fact]
    public async Task Unpublishing_removes_the_entry_from_every_public_view_and_tells_the_submitter()
    {
        var member = await app.CreatePersonAsync("Unpublished Submitter", Roles.Member);
        var curator = await PracticeSetup.CuratorAsync(app);
        var title = $"Withdrawn {Guid.NewGuid():N}"[..26];
        var practice = await PracticeSetup.CreateAsync(app, member, curator, PracticeSetup.Command(title), true, PracticeReviewAction.Published);
        using var visitor = new Browser(app);
        Assert.Contains(title, (await visitor.GetAsync("/practices")).Html);
        Assert.Contains(title, (await visitor.GetAsync("/practices/feed.atom")).Html);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.Empty((await scope.ServiceProvider.GetRequiredService<ReviewPractice>().DecideAsync(new(curator.Id, curator.DisplayName), practice.Id, PracticeReviewAction.Unpublished, "Outdated figures.")).Errors);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/practices/{practice.Slug}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/api/practices/{practice.Slug}")).Status);
        Assert.DoesNotContain(title, (await visitor.GetAsync("/practices")).Html);
        var search = await visitor.GetAsync($"/practices?q={Uri.EscapeDataString(title)}");
        Assert.DoesNotContain($"practices/{practice.Slug}", search.Html);
        Assert.Contains("No entry matches.", search.Text);
        Assert.DoesNotContain(title, (await visitor.GetAsync("/practices/feed.atom")).Html);
        Assert.DoesNotContain(title, (await visitor.GetAsync("/api/practices")).Html);
        // The subject in full: the title itself begins with "Withdrawn", and so does the subject of the mail that published it.
        var mail = await app.Mailbox.WaitForAsync(member.Email, "Withdrawn from the repository");
        Assert.Contains("Outdated figures.", mail.TextBody);
    }

    [Fact]
    public async Task Members_cannot_decide_and_nobody_edits_someone_elses_draft()
    {
        var member = await app.CreatePersonAsync("Draft Owner", Roles.Member);
        var other = await app.CreatePersonAsync("Other Member", Roles.Member);
        var draft = await PracticeSetup.CreateAsync(app, member, null, PracticeSetup.Command("Private draft"), submit: false);
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ReviewPractice>().DecideAsync(new(other.Id, other.DisplayName), draft.Id, PracticeReviewAction.Published, null);
        Assert.Equal("Only moderators can do this.", Assert.Single(result.Errors).Message);
        var (changed, editErrors) = await scope.ServiceProvider.GetRequiredService<SubmitPractice>().SaveAsync(new(other.Id, other.DisplayName), draft.Id, PracticeSetup.Command("Hijacked"), submit: true);
        Assert.Null(changed);
        Assert.Single(editErrors);

        using var browser = new Browser(app);
        await browser.SignInAsync(other);
        var page = await browser.GetAsync($"/practices/submit/{draft.Id}");
        Assert.DoesNotContain("Private draft", page.Html);
        Assert.Contains("This entry does not exist or is not yours.", page.Text);
        var stored = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Practices.AsNoTracking().SingleAsync(p => p.Id == draft.Id);
        Assert.Equal("Private draft", stored.Content.Title);
        Assert.Equal(PracticeStatus.Draft, stored.Status);
    }
}
