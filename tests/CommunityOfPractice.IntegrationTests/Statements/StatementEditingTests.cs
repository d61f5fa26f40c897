using System.Net;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Files;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Statements;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CommunityOfPractice.IntegrationTests.Organisations.OrganisationSetup;
using static CommunityOfPractice.IntegrationTests.Statements.StatementSetup;
using static CommunityOfPractice.IntegrationTests.WorkingGroups.GroupSetup;

namespace CommunityOfPractice.IntegrationTests.Statements;

/// <summary>
/// Whoever runs a statement (here a working group's chair) edits its draft through the edit form and runs its campaign
/// toolkit from its page, on a clock the test moves: the text locks at the opening instant, a removed file leaves the
/// file store, and members who do not run the statement are refused with nothing changed.
/// </summary>
public sealed class StatementEditingTests(ClockedAppFactory app) : IClassFixture<ClockedAppFactory>
{
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);

    private static async Task<string> DraftForGroupAsync(Browser chair, int groupId, string title, DateTimeOffset opens, DateTimeOffset closes)
    {
        var form = Form(title, opens, closes);
        form["Input.WorkingGroupId"] = groupId.ToString();
        return SlugFrom(await chair.SubmitAsync("/statements/new", "draft-statement", form));
    }

    private static Dictionary<string, string> EditForm(string title, string markdown, string language = "en") => new()
    {
        ["Input.Title"] = title, ["Input.Markdown"] = markdown, ["Input.Language"] = language,
    };

    [Fact]
    public async Task A_chair_edits_the_groups_draft_under_the_same_address_a_member_who_does_not_run_it_is_refused_and_from_the_opening_instant_the_text_is_locked()
    {
        _ = app.Server;
        var chair = await app.CreatePersonAsync(Unique("Editing Chair"), Roles.Member);
        var member = await app.CreatePersonAsync(Unique("Editing Member"), Roles.Member);
        var otherChair = await app.CreatePersonAsync(Unique("Other Editing Chair"), Roles.Member);
        var groupId = await GroupAsync(app, Unique("Editing"), chair, member);
        await GroupAsync(app, Unique("Other editing"), otherChair);
        using var chairBrowser = await SignedInAsync(app, chair);
        var opens = NextMinute(app.Clock).AddDays(1);
        var title = Unique("Protect children from junk food marketing");
        var slug = await DraftForGroupAsync(chairBrowser, groupId, title, opens, opens.AddDays(2));
        var path = $"/statements/{slug}/edit";
        Assert.Contains($"href=\"statements/{slug}/edit\"", (await chairBrowser.GetAsync($"/statements/{slug}/sign")).Html);

        // The form is filled with the draft as it stands.
        var form = await chairBrowser.GetAsync(path);
        Assert.Contains($"value=\"{title}\"", form.Html);
        Assert.Contains("We call on **governments** to act.", form.Text);

        // A bad edit is refused with drafting's own message; the typed text is kept and nothing changes.
        var typed = "A new text the chair must not lose.";
        var empty = await chairBrowser.SubmitAsync(path, "edit-statement", EditForm("", typed));
        Assert.Contains("Give the statement a title (at most 200 characters).", empty.Text);
        Assert.Contains(typed, empty.Text);
        Assert.Equal(title, await TitleAsync(slug));

        var edited = Unique("Protect every child from junk food marketing");
        var saved = await chairBrowser.SubmitAsync(path, "edit-statement", EditForm(edited, "Nous appelons à **agir**. <script>alert(1)</script>", "fr"));
        Assert.True(saved.IsRedirect, $"Saving the edit should redirect to the statement:\n{saved.Text}");
        Assert.EndsWith($"statements/{slug}/sign", saved.Location);
        var stored = await WithDbAsync(app, db => db.Set<Statement>().AsNoTracking().SingleAsync(s => s.Slug == slug));
        Assert.Equal((edited, "fr"), (stored.Title, stored.Language));
        Assert.Contains("<strong>agir</strong>", stored.Html);
        Assert.DoesNotContain("<script>", stored.Html);
        var desk = await chairBrowser.GetAsync($"/statements/{slug}/sign");
        Assert.Contains(edited, desk.Text);
        Assert.Contains("<strong>agir</strong>", desk.Html);
        Assert.Equal(["statement.edited"], await StatementAuditAsync(app, edited));

        // A member of the group sees the draft but does not run it: no link, no form, and the use case refuses.
        using var memberBrowser = await SignedInAsync(app, member);
        Assert.DoesNotContain($"statements/{slug}/edit", (await memberBrowser.GetAsync($"/statements/{slug}/sign")).Html);
        var refusedPage = await memberBrowser.GetAsync(path);
        Assert.Contains("Only coordinators and the group's chair can edit this statement.", refusedPage.Text);
        Assert.DoesNotContain("value=\"edit-statement\"", refusedPage.Html);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var refused = await scope.ServiceProvider.GetRequiredService<EditStatement>()
                .HandleAsync(new Actor(member.Id, member.DisplayName), false, stored.Id, new StatementCommand { Title = "Hijacked", Markdown = "Hijacked", Language = "en" });
            Assert.Equal("Only coordinators and the group's chair can edit this statement.", Assert.Single(refused.Errors).Message);
        }
        // Another group's chair does not even see the draft.
        using var otherBrowser = await SignedInAsync(app, otherChair);
        Assert.Contains("Statement not found", (await otherBrowser.GetAsync(path)).Text);
        Assert.Equal(edited, await TitleAsync(slug));

        // One tick before the opening the form is still offered; sent at the opening instant, it is refused, the text kept.
        app.Clock.SetUtcNow(opens - Tick);
        var lastForm = await chairBrowser.GetAsync(path);
        Assert.Contains("value=\"edit-statement\"", lastForm.Html);
        app.Clock.SetUtcNow(opens);
        var late = await chairBrowser.SubmitAsync(lastForm, path, "edit-statement", EditForm(Unique("Too late"), typed));
        Assert.Contains("The signing window has opened: the text is locked, as organisations sign it as it stands.", late.Text);
        Assert.Contains(typed, late.Text);
        Assert.Equal(edited, await TitleAsync(slug));
        var locked = await chairBrowser.GetAsync(path);
        Assert.Contains("The signing window has opened: the text is locked", locked.Text);
        Assert.DoesNotContain("value=\"edit-statement\"", locked.Html);
        Assert.DoesNotContain($"statements/{slug}/edit", (await chairBrowser.GetAsync($"/statements/{slug}/sign")).Html);
        Assert.Equal(slug, await WithDbAsync(app, db => db.Set<Statement>().Where(s => s.Id == stored.Id).Select(s => s.Slug).SingleAsync()));
    }

    [Fact]
    public async Task An_edit_cannot_move_a_translation_into_a_language_its_linked_statements_already_have()
    {
        _ = app.Server;
        var coordinator = await app.CreatePersonAsync(Unique("Editing Translation Coordinator"), Roles.Member, Roles.Coordinator);
        using var staff = await SignedInAsync(app, coordinator);
        var opens = NextMinute(app.Clock).AddDays(1);
        var english = SlugFrom(await staff.SubmitAsync("/statements/new", "draft-statement", Form(Unique("Salt reduction now"), opens, opens.AddDays(1))));
        var form = Form(Unique("Moins de sel maintenant"), opens, opens.AddDays(1));
        form["Input.Language"] = "fr";
        form["Input.TranslationOf"] = english;
        var french = SlugFrom(await staff.SubmitAsync("/statements/new", "draft-statement", form));
        var clash = await staff.SubmitAsync($"/statements/{french}/edit", "edit-statement", EditForm(form["Input.Title"], "Du texte.", "en"));
        Assert.Contains("A linked translation of this statement is already in this language.", clash.Text);
        Assert.Equal("fr", await WithDbAsync(app, db => db.Set<Statement>().Where(s => s.Slug == french).Select(s => s.Language).SingleAsync()));
    }

    [Fact]
    public async Task A_chair_attaches_and_removes_a_toolkit_file_which_leaves_the_store_and_the_published_page_and_another_groups_chair_is_refused()
    {
        _ = app.Server;
        var chair = await app.CreatePersonAsync(Unique("Toolkit Chair"), Roles.Member);
        var otherChair = await app.CreatePersonAsync(Unique("Other Toolkit Chair"), Roles.Member);
        var groupId = await GroupAsync(app, Unique("Toolkit"), chair);
        await GroupAsync(app, Unique("Other toolkit"), otherChair);
        using var chairBrowser = await SignedInAsync(app, chair);
        var opens = NextMinute(app.Clock);
        var closes = opens.AddHours(2);
        var title = Unique("Toolkit of the group");
        var slug = await DraftForGroupAsync(chairBrowser, groupId, title, opens, closes);
        var path = $"/statements/{slug}/sign";

        Assert.True((await chairBrowser.SubmitAsync(path, "toolkit", new Dictionary<string, string>(), ("Attachment", "brief.pdf", Pdf))).IsRedirect, "The chair should attach a PDF.");
        Assert.True((await chairBrowser.SubmitAsync(path, "toolkit", new Dictionary<string, string>(), ("Attachment", "poster.pdf", Pdf))).IsRedirect, "The chair should attach a second PDF.");
        var files = await WithDbAsync(app, db => db.Set<StatementAttachment>().AsNoTracking().Where(a => db.Set<Statement>().Any(s => s.Id == a.StatementId && s.Slug == slug))
            .OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(["brief.pdf", "poster.pdf"], files.Select(f => f.FileName));
        var (brief, poster) = (files[0], files[1]);
        Assert.True(await StoredAsync(brief), "The attached file should be in the file store.");
        var desk = await chairBrowser.GetAsync(path);
        Assert.Contains("Remove brief.pdf", desk.Text);

        // Another group's chair does not see the draft, and attaching through the use case is refused.
        using var otherBrowser = await SignedInAsync(app, otherChair);
        Assert.Contains("Statement not found", (await otherBrowser.GetAsync(path)).Text);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var addition = await scope.ServiceProvider.GetRequiredService<StatementToolkit>().AddAsync(new Actor(otherChair.Id, otherChair.DisplayName), false, brief.StatementId, "intruder.pdf", Pdf);
            Assert.Equal("Only coordinators and the group's chair can change a statement's toolkit.", Assert.Single(addition.Errors).Message);
        }
        Assert.Equal(2, await ToolkitCountAsync(slug));

        var removed = await chairBrowser.SubmitAsync(path, "remove-file", Removing(brief));
        Assert.True(removed.IsRedirect, $"Removing a toolkit file should redirect:\n{removed.Text}");
        Assert.Equal(1, await ToolkitCountAsync(slug));
        Assert.False(await StoredAsync(brief), "The removed file should be gone from the file store.");
        Assert.Contains("This file is no longer in the toolkit.", (await chairBrowser.SubmitAsync(desk, path, "remove-file", Removing(brief))).Text);

        // Open, the statement is on the other chair's page, without remove buttons; a tampered removal is refused.
        app.Clock.SetUtcNow(opens);
        var seen = await otherBrowser.GetAsync(path);
        Assert.Contains("poster.pdf", seen.Text);
        Assert.DoesNotContain("Remove poster.pdf", seen.Text);
        var tampered = await otherBrowser.SubmitAsync(seen, path, "remove-file", Removing(poster));
        Assert.Contains("Only coordinators and the group's chair can change a statement's toolkit.", tampered.Text);
        Assert.Equal(1, await ToolkitCountAsync(slug));
        Assert.True(await StoredAsync(poster), "A refused removal should leave the file in the store.");

        // Published, read (and so cached) by a visitor: removing the last file drops it from the public page and the API.
        app.Clock.SetUtcNow(closes);
        await ReconcileAsync(app);
        using var visitor = new Browser(app);
        Assert.Contains("poster.pdf", (await visitor.GetAsync($"/statements/{slug}")).Text);
        Assert.Contains("poster.pdf", (await visitor.GetAsync($"/api/statements/{slug}")).Text);
        using var partner = app.CreateClient();
        var polled = (await partner.GetAsync($"/api/statements/{slug}")).Content.Headers.LastModified;
        Assert.NotNull(polled);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True((await chairBrowser.SubmitAsync(path, "remove-file", Removing(poster))).IsRedirect, "The chair should remove a published statement's file.");
        Assert.DoesNotContain("poster.pdf", (await visitor.GetAsync($"/statements/{slug}")).Text);
        Assert.DoesNotContain("poster.pdf", (await visitor.GetAsync($"/api/statements/{slug}")).Text);
        // A partner polling with only If-Modified-Since hears of the removal too: a removed file leaves no date behind, so the
        // detail is dated when it was made, never before its last change.
        using var since = new HttpRequestMessage(HttpMethod.Get, $"/api/statements/{slug}");
        since.Headers.IfModifiedSince = polled;
        var repolled = await partner.SendAsync(since);
        Assert.Equal(HttpStatusCode.OK, repolled.StatusCode);
        Assert.DoesNotContain("poster.pdf", await repolled.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/statements/{slug}/toolkit/{poster.Id}")).Status);
        Assert.False(await StoredAsync(poster), "The published statement's removed file should be gone from the file store.");
        Assert.Equal(["statement.toolkit-added", "statement.toolkit-added", "statement.toolkit-removed", "statement.toolkit-removed"],
            await WithDbAsync(app, db => db.AuditEntries.Where(e => e.ActorId == chair.Id && e.Action.StartsWith("statement.toolkit")).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync()));
    }

    private static Dictionary<string, string> Removing(StatementAttachment attachment) => new() { ["RemoveInput.AttachmentId"] = attachment.Id.ToString() };

    private Task<string> TitleAsync(string slug) => WithDbAsync(app, db => db.Set<Statement>().Where(s => s.Slug == slug).Select(s => s.Title).SingleAsync());

    private Task<int> ToolkitCountAsync(string slug) =>
        WithDbAsync(app, db => db.Set<StatementAttachment>().CountAsync(a => db.Set<Statement>().Any(s => s.Id == a.StatementId && s.Slug == slug)));

    private async Task<bool> StoredAsync(StatementAttachment attachment)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var content = await scope.ServiceProvider.GetRequiredService<IFileStore>().OpenReadAsync(StatementToolkit.KeyOf(attachment.StoredName));
        return content is not null;
    }
}
