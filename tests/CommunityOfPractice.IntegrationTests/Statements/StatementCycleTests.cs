using System.Net;
using System.Text;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Organisations;
using CommunityOfPractice.Features.Statements;
using CommunityOfPractice.Features.WorkingGroups;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CommunityOfPractice.IntegrationTests.Organisations.OrganisationSetup;
using static CommunityOfPractice.IntegrationTests.Statements.StatementSetup;

namespace CommunityOfPractice.IntegrationTests.Statements;

/// <summary>
/// A statement's whole cycle through the forms, on a clock the test moves: drafted by a coordinator, opened by the clock,
/// signed, withdrawn and signed again by a representative, closed by the clock, published by the reconciler; then
/// its public page, API, feed and toolkit. Each bad input is refused with its message and changes nothing.
/// </summary>
public sealed class StatementCycleTests(ClockedAppFactory app) : IClassFixture<ClockedAppFactory>
{
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);

    [Fact]
    public async Task A_statement_is_drafted_opens_is_signed_withdrawn_and_signed_again_and_after_its_window_appears_publicly_with_its_signatories_by_region()
    {
        _ = app.Server;
        var coordinator = await app.CreatePersonAsync(Unique("Statement Coordinator"), Roles.Member, Roles.Coordinator);
        var moderator = await app.CreatePersonAsync(Unique("Statement Moderator"), Roles.Member, Roles.Moderator);
        var representative = await app.CreatePersonAsync(Unique("Statement Representative"), Roles.Member);
        var other = await app.CreatePersonAsync(Unique("Other Representative"), Roles.Member);
        var kenyan = Unique("Kenya heart alliance");
        var french = Unique("Ligue française");
        var brazilian = Unique("Rede brasileira");
        var kenyanId = await ApprovedAsync(app, representative, moderator, kenyan, OrganisationKind.PatientOrganisation, "KE");
        var frenchId = await ApprovedAsync(app, representative, moderator, french, OrganisationKind.Academia, "FR");
        var brazilianId = await ApprovedAsync(app, other, moderator, brazilian, OrganisationKind.CivilSociety, "BR");
        using var staff = await SignedInAsync(app, coordinator);
        using var signer = await SignedInAsync(app, representative);
        using var visitor = new Browser(app);
        // Read before publication, so a cached copy exists that publication must drop.
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/api/statements")).Status);

        // Bad drafts: refused, nothing written, the typed text kept.
        var opens = NextMinute(app.Clock);
        var closes = opens.AddDays(3);
        var title = Unique("Tax sugary drinks now");
        var inverted = await staff.SubmitAsync("/statements/new", "draft-statement", Form(title, closes, opens));
        Assert.Contains("The signing window must close after it opens.", inverted.Text);
        Assert.Contains(title, inverted.Text);
        var empty = await staff.SubmitAsync("/statements/new", "draft-statement", Form("", opens, closes, markdown: ""));
        Assert.Contains("Give the statement a title (at most 200 characters).", empty.Text);
        Assert.Contains("Write the statement's text (at most 40000 characters).", empty.Text);
        Assert.False(await WithDbAsync(app, db => db.Set<Statement>().AnyAsync(s => s.Title == title)), "A refused draft writes nothing.");
        Assert.Contains("Only coordinators and working group chairs can draft statements.", (await signer.GetAsync("/statements/new")).Text);

        var slug = SlugFrom(await staff.SubmitAsync("/statements/new", "draft-statement", Form(title, opens, closes)));
        var path = $"/statements/{slug}/sign";
        var draft = await staff.GetAsync(path);
        Assert.Contains(title, draft.Text);
        Assert.Contains("<strong>governments</strong>", draft.Html);
        Assert.DoesNotContain("<script>alert", draft.Html);
        var stored = await WithDbAsync(app, db => db.Set<Statement>().SingleAsync(s => s.Slug == slug));
        Assert.Equal(opens, stored.OpensAt);
        Assert.Equal(closes, stored.ClosesAt);

        // A draft is the coordinators' only: not on a member's page or list, nor anywhere public.
        Assert.Contains("Statement not found", (await signer.GetAsync(path)).Text);
        Assert.DoesNotContain(title, (await signer.GetAsync("/statements")).Text);
        await AssertNotPublicAsync(visitor, slug, title);

        // Moving the window backwards is refused on the statement's page, the typed times kept.
        var badWindow = await staff.SubmitAsync(path, "window", new Dictionary<string, string>
        {
            ["WindowInput.OpensLocal"] = Local(closes), ["WindowInput.ClosesLocal"] = Local(opens), ["WindowInput.TimeZoneId"] = "UTC",
        });
        Assert.Contains("The signing window must close after it opens.", badWindow.Text);
        Assert.Contains(Local(closes)[..16], badWindow.Html);
        Assert.Equal(closes, await WithDbAsync(app, db => db.Set<Statement>().Where(s => s.Slug == slug).Select(s => s.ClosesAt).SingleAsync()));

        // One tick before the opening the statement is still a draft; at the opening instant it takes signatures.
        app.Clock.SetUtcNow(opens - Tick);
        Assert.Contains("Statement not found", (await signer.GetAsync(path)).Text);
        app.Clock.SetUtcNow(opens);
        await ReconcileAsync(app);
        var open = await signer.GetAsync(path);
        Assert.Contains("Sign the statement", open.Text);
        Assert.Contains(title, (await signer.GetAsync("/statements")).Text);
        await AssertNotPublicAsync(visitor, slug, title);

        // Tampered organisation: one the member does not represent.
        var tampered = await signer.SubmitAsync(path, "sign", new Dictionary<string, string> { ["SignInput.OrganisationId"] = brazilianId.ToString() });
        Assert.Contains("You can sign only for an approved organisation you represent.", tampered.Text);
        var signed = await signer.SubmitAsync(path, "sign", new Dictionary<string, string> { ["SignInput.OrganisationId"] = kenyanId.ToString() });
        Assert.True(signed.IsRedirect, $"Signing should redirect:\n{signed.Text}");
        Assert.Contains($"{kenyan} has signed.", (await signer.GetAsync(path)).Text);
        var twice = await signer.SubmitAsync(open, path, "sign", new Dictionary<string, string> { ["SignInput.OrganisationId"] = kenyanId.ToString() });
        Assert.Contains("This organisation has already signed the statement.", twice.Text);
        Assert.Equal(1, await SignaturesAsync(slug));

        var withdrawn = await signer.SubmitAsync(path, $"withdraw-{kenyanId}", new Dictionary<string, string>());
        Assert.True(withdrawn.IsRedirect, $"Withdrawing should redirect:\n{withdrawn.Text}");
        Assert.Equal(0, await SignaturesAsync(slug));
        Assert.True((await signer.SubmitAsync(path, "sign", new Dictionary<string, string> { ["SignInput.OrganisationId"] = kenyanId.ToString() })).IsRedirect, "Signing again after withdrawing should work.");
        Assert.Equal(1, await SignaturesAsync(slug));

        // One tick before the close it still takes signatures; at the closing instant it refuses them.
        var beforeClose = await signer.GetAsync(path);
        app.Clock.SetUtcNow(closes);
        var late = await signer.SubmitAsync(beforeClose, path, "sign", new Dictionary<string, string> { ["SignInput.OrganisationId"] = frenchId.ToString() });
        Assert.Contains("The signing window has closed.", late.Text);
        var lateWithdrawal = await signer.SubmitAsync(beforeClose, path, $"withdraw-{kenyanId}", new Dictionary<string, string>());
        Assert.Contains("The signing window has closed.", lateWithdrawal.Text);
        Assert.Equal(1, await SignaturesAsync(slug));
        await AssertNotPublicAsync(visitor, slug, title);

        // The closing job was lost (its instant is on the real clock): the reconciler publishes it, once.
        await ReconcileAsync(app);
        await ReconcileAsync(app);
        var page = await visitor.GetAsync($"/statements/{slug}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(title, page.Text);
        Assert.Contains("<strong>governments</strong>", page.Html);
        Assert.Contains("data-testid=\"region-Africa\"", page.Html);
        Assert.Contains(kenyan, page.Text);
        Assert.DoesNotContain(french, page.Text);
        var jsonLd = System.Text.Json.JsonDocument.Parse(WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page.Html,
            "<script type=\"application/ld(?:\\+|&#x2B;)json\"[^>]*>(.*?)</script>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value)).RootElement;
        Assert.Equal(title, jsonLd.GetProperty("name").GetString());
        Assert.Equal(kenyan, Assert.Single(jsonLd.GetProperty("sponsor").EnumerateArray()).GetProperty("name").GetString());
        Assert.Contains($"property=\"og:title\" content=\"{title}\"", page.Html);
        Assert.Contains("class=\"statement-signatories\"", page.Html);
        var regionBlock = page.Html[page.Html.IndexOf("data-testid=\"region-Africa\"", StringComparison.Ordinal)..];
        Assert.Contains(kenyan, regionBlock[..regionBlock.IndexOf("</ul>", StringComparison.Ordinal)]);
        Assert.Contains(slug, (await visitor.GetAsync("/api/statements")).Html);
        var detail = await visitor.GetAsync($"/api/statements/{slug}");
        Assert.Equal(HttpStatusCode.OK, detail.Status);
        Assert.Contains(kenyan, detail.Text);
        Assert.Contains("\"region\":\"Africa\"", detail.Html);
        Assert.Contains(title, (await visitor.GetAsync("/practices/feed.atom")).Text);
        Assert.Contains(title, (await visitor.GetAsync("/statements")).Text);
        // The impact figures count it, with its signature, beside the organisations by kind and region.
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        // Days later on the test's clock, a staff session has ended: the coordinator signs in again.
        using var staffLater = await SignedInAsync(app, coordinator);
        var impact = await staffLater.GetAsync($"/syntheses/impact?from={today}&to={today}");
        Assert.Contains("data-testid=\"organisations-kinds\"", impact.Html);
        Assert.Contains("Patient organisation", impact.Text);
        var statementsTable = impact.Html[impact.Html.IndexOf("data-testid=\"statements\"", StringComparison.Ordinal)..];
        Assert.Contains(title, statementsTable[..statementsTable.IndexOf("</table>", StringComparison.Ordinal)]);
        Assert.Equal(["statement.drafted", "statement.window-set", "statement.opened", "statement.signed", "statement.withdrawn", "statement.signed", "statement.published"],
            await StatementAuditAsync(app, title));
    }

    [Fact]
    public async Task The_toolkit_takes_pdf_png_and_jpeg_by_their_bytes_refuses_others_and_is_downloadable_only_once_published()
    {
        _ = app.Server;
        var coordinator = await app.CreatePersonAsync(Unique("Toolkit Coordinator"), Roles.Member, Roles.Coordinator);
        var member = await app.CreatePersonAsync(Unique("Toolkit Member"), Roles.Member);
        using var staff = await SignedInAsync(app, coordinator);
        var opens = NextMinute(app.Clock);
        var title = Unique("Toolkit statement");
        var slug = SlugFrom(await staff.SubmitAsync("/statements/new", "draft-statement", Form(title, opens, opens.AddHours(2))));
        var path = $"/statements/{slug}/sign";

        var text = await staff.SubmitAsync(path, "toolkit", new Dictionary<string, string>(), ("Attachment", "poster.pdf", Encoding.UTF8.GetBytes("not really a pdf")));
        Assert.Contains("A toolkit file must be a PDF, PNG or JPEG file.", text.Text);
        var huge = new byte[StatementAttachment.MaxBytes + 1];
        "%PDF-"u8.CopyTo(huge);
        var tooLarge = await staff.SubmitAsync(path, "toolkit", new Dictionary<string, string>(), ("Attachment", "huge.pdf", huge));
        Assert.Contains("A toolkit file must be at most 10 MB.", tooLarge.Text);
        Assert.Equal(0, await WithDbAsync(app, db => db.Set<StatementAttachment>().CountAsync(a => db.Set<Statement>().Any(s => s.Id == a.StatementId && s.Slug == slug))));
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 };
        var attached = await staff.SubmitAsync(path, "toolkit", new Dictionary<string, string>(), ("Attachment", "banner.png", png));
        Assert.True(attached.IsRedirect, $"A PNG should be attached:\n{attached.Text}");
        Assert.True((await staff.SubmitAsync(path, "toolkit", new Dictionary<string, string>(), ("Attachment", "../../brief.pdf", Pdf))).IsRedirect, "A PDF should be attached.");
        using var signer = await SignedInAsync(app, member);
        app.Clock.SetUtcNow(opens);
        Assert.DoesNotContain("name=\"_handler\" value=\"toolkit\"", (await signer.GetAsync(path)).Html);
        var id = await WithDbAsync(app, db => db.Set<StatementAttachment>().Where(a => a.FileName == "brief.pdf").OrderByDescending(a => a.Id).Select(a => a.Id).FirstAsync());
        using var visitor = new Browser(app);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/statements/{slug}/toolkit/{id}")).Status);

        app.Clock.SetUtcNow(opens.AddHours(2));
        await ReconcileAsync(app);
        var page = await visitor.GetAsync($"/statements/{slug}");
        Assert.Contains("brief.pdf", page.Text);
        Assert.Contains("banner.png", page.Text);
        var download = await visitor.GetAsync($"/statements/{slug}/toolkit/{id}");
        Assert.Equal(HttpStatusCode.OK, download.Status);
        Assert.Equal("application/pdf", download.ContentType);
        Assert.StartsWith("%PDF-", download.Html);
        Assert.Contains("statement.toolkit-added", await WithDbAsync(app, db => db.AuditEntries.Where(e => e.ActorId == coordinator.Id).Select(e => e.Action).ToListAsync()));
    }

    [Fact]
    public async Task A_working_groups_chair_drafts_for_the_group_and_only_its_members_see_the_draft()
    {
        _ = app.Server;
        var coordinator = await app.CreatePersonAsync(Unique("Group Statement Coordinator"), Roles.Member, Roles.Coordinator);
        var chair = await app.CreatePersonAsync(Unique("Group Statement Chair"), Roles.Member);
        var outsider = await app.CreatePersonAsync(Unique("Group Statement Outsider"), Roles.Member);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        int groupId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var (group, errors) = await scope.ServiceProvider.GetRequiredService<CreateWorkingGroup>()
                .HandleAsync(new Actor(coordinator.Id, coordinator.DisplayName), new WorkingGroupCommand
                {
                    Name = Unique("Advocacy group"), Mandate = "Statements.", StartsOn = today, EndsOn = today.AddDays(200), ChairId = chair.Id, MinSize = 1, MaxSize = 8, MinRegions = 1,
                });
            Assert.Empty(errors);
            groupId = group!.Id;
        }
        using var chairBrowser = await SignedInAsync(app, chair);
        var opens = NextMinute(app.Clock).AddDays(1);
        var title = Unique("Group statement");
        var form = Form(title, opens, opens.AddDays(2));
        form["Input.WorkingGroupId"] = groupId.ToString();
        var slug = SlugFrom(await chairBrowser.SubmitAsync("/statements/new", "draft-statement", form));
        Assert.Contains(title, (await chairBrowser.GetAsync($"/statements/{slug}/sign")).Text);
        Assert.Contains(title, (await chairBrowser.GetAsync("/statements")).Text);
        using var outsiderBrowser = await SignedInAsync(app, outsider);
        Assert.Contains("Statement not found", (await outsiderBrowser.GetAsync($"/statements/{slug}/sign")).Text);
        Assert.DoesNotContain(title, (await outsiderBrowser.GetAsync("/statements")).Text);
        // The outsider names the group anyway: refused, nothing written.
        await using var scope2 = app.Services.CreateAsyncScope();
        var (refused, refusals) = await scope2.ServiceProvider.GetRequiredService<DraftStatement>()
            .HandleAsync(new Actor(outsider.Id, outsider.DisplayName), false, new StatementCommand
            {
                Title = title + " again", Markdown = "Text", Language = "en", WorkingGroupId = groupId, OpensLocal = opens.UtcDateTime, ClosesLocal = opens.UtcDateTime.AddDays(1), TimeZoneId = "UTC",
            });
        Assert.Null(refused);
        Assert.Equal("Only coordinators and the group's chair can draft a statement for a working group.", Assert.Single(refusals).Message);
    }

    [Fact]
    public async Task A_translation_is_linked_to_its_original_once_per_language_and_both_pages_point_to_each_other()
    {
        _ = app.Server;
        var coordinator = await app.CreatePersonAsync(Unique("Translation Coordinator"), Roles.Member, Roles.Coordinator);
        using var staff = await SignedInAsync(app, coordinator);
        var opens = NextMinute(app.Clock);
        var title = Unique("Clean air for children");
        var english = SlugFrom(await staff.SubmitAsync("/statements/new", "draft-statement", Form(title, opens, opens.AddHours(1))));
        var form = Form(Unique("De l'air pur pour les enfants"), opens, opens.AddHours(1));
        form["Input.Language"] = "fr";
        form["Input.TranslationOf"] = english;
        var french = SlugFrom(await staff.SubmitAsync("/statements/new", "draft-statement", form));
        form["Input.Title"] = Unique("Encore de l'air pur");
        var again = await staff.SubmitAsync("/statements/new", "draft-statement", form);
        Assert.Contains("That statement already has a version in this language.", again.Text);
        Assert.Contains(form["Input.Title"], again.Text);

        app.Clock.SetUtcNow(opens.AddHours(1));
        await ReconcileAsync(app);
        using var visitor = new Browser(app);
        var page = await visitor.GetAsync($"/statements/{english}");
        Assert.Contains($"href=\"statements/{french}\" hreflang=\"fr\"", page.Html);
        Assert.Contains($"hreflang=\"en\" href=\"http", (await visitor.GetAsync($"/statements/{french}")).Html);
    }

    private async Task AssertNotPublicAsync(Browser visitor, string slug, string title)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/statements/{slug}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/api/statements/{slug}")).Status);
        foreach (var path in new[] { "/", "/statements", "/api/statements", "/practices/feed.atom", "/practices", "/api/practices", "/api/standards", "/openapi/v1.json" })
        {
            var page = await visitor.NavigateAsync(path);
            Assert.DoesNotContain(title, page.Text);
            Assert.DoesNotContain(slug, page.Html);
        }
    }

    private Task<int> SignaturesAsync(string slug) =>
        WithDbAsync(app, db => db.Set<StatementSignature>().CountAsync(s => s.Statement!.Slug == slug));
}
