using System.Globalization;
using System.Net;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Syntheses;
using CommunityOfPractice.IntegrationTests.Hosting;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Syntheses;

/// <summary>A coordinator builds a synthesis through the pages; the participants review it; exports run as jobs.</summary>
[Collection(AppCollection.Name)]
public sealed class SynthesisWorkflowTests(CommunityAppFactory app)
{
    private static string LocalMinute(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById("Africa/Nairobi")).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_coordinator_starts_writes_opens_for_review_and_finalises_while_participants_comment_and_endorse()
    {
        var debate = await SynthesisSetup.ClosedDebateAsync(app);
        var coordinator = await SynthesisSetup.CoordinatorAsync(app);
        using var browser = new Browser(app);
        await browser.SignInAsync(coordinator);

        var started = await browser.SubmitAsync("/syntheses", "start", new Dictionary<string, string> { ["Input.DebateId"] = debate.Id.ToString(CultureInfo.InvariantCulture) });
        Assert.True(started.IsRedirect, started.Html);
        var path = started.Location!;
        var builder = await browser.GetAsync(path);
        Assert.Contains(SynthesisSetup.NamedQuote, builder.Text);
        Assert.DoesNotContain(SynthesisSetup.Secret, builder.Text);
        Assert.DoesNotContain("HIDDEN-post-text", builder.Text);
        Assert.Contains($"[post:{debate.RefusedPost}]", builder.Text);

        // Citing a hidden post: refused, nothing saved, and every typed word comes back.
        var typed = $"The navigators matter {Citations.Of(debate.NamedPost)} but see {Citations.Of(debate.HiddenPost)}.";
        var refused = await browser.SubmitAsync(builder, path, "sections", new Dictionary<string, string> { ["section-Summary"] = typed, ["section-Gaps"] = "Rural clinics." });
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains($"Post #{debate.HiddenPost} cannot be cited: it was hidden or withdrawn.", refused.Text);
        Assert.Contains(typed, refused.Text);
        Assert.Contains("Rural clinics.", refused.Text);
        Assert.DoesNotContain("Rural clinics.", (await browser.GetAsync(path)).Text);

        var saved = await browser.SubmitAsync(path, "sections", new Dictionary<string, string>
        {
            ["section-Summary"] = $"The navigators matter {Citations.Of(debate.NamedPost)}; a story stays private {Citations.Of(debate.RefusedPost)}.",
            ["section-Gaps"] = "Rural clinics.",
        });
        Assert.True(saved.IsRedirect, saved.Html);
        var preview = await browser.GetAsync(path);
        Assert.Contains("Rural clinics.", preview.Text);
        Assert.Contains("href=\"#fn-2\"", preview.Html);

        // A second coordinator's save on the revision both opened is refused: the first one's text is not overwritten.
        var stale = await browser.SubmitAsync(builder, path, "sections", new Dictionary<string, string> { ["section-Summary"] = "Overwrite." });
        Assert.Contains("Someone else saved this synthesis after you opened it.", stale.Text);
        Assert.Contains("Overwrite.", stale.Text);
        Assert.DoesNotContain("Overwrite.", (await browser.GetAsync(path)).Text);

        // Member check, opening now: the participants are told by mail.
        var now = DateTimeOffset.UtcNow;
        var badWindow = await browser.SubmitAsync(path, "member-check", new Dictionary<string, string> { ["opens"] = LocalMinute(now.AddDays(2)), ["closes"] = LocalMinute(now.AddDays(1)) });
        Assert.Contains("The review must close after it opens.", badWindow.Text);
        var scheduled = await browser.SubmitAsync(path, "member-check", new Dictionary<string, string> { ["opens"] = LocalMinute(now.AddMinutes(-1)), ["closes"] = LocalMinute(now.AddDays(3)) });
        Assert.True(scheduled.IsRedirect, scheduled.Html);
        var mail = await app.Mailbox.WaitForAsync(debate.Named.Email, "Your review is asked", TimeSpan.FromSeconds(60));
        var reviewLink = Mailbox.LinkIn(mail, "/review");
        await app.Mailbox.WaitForAsync(debate.Refusing.Email, "Your review is asked", TimeSpan.FromSeconds(60));

        using var participant = new Browser(app);
        await participant.SignInAsync(debate.Named);
        var reviewPath = new Uri(reviewLink).PathAndQuery;
        var review = await participant.GetAsync(reviewPath);
        Assert.Contains("Rural clinics.", review.Text);
        Assert.DoesNotContain(SynthesisSetup.Secret, review.Text);
        var empty = await participant.SubmitAsync(review, reviewPath, "comment", new Dictionary<string, string> { ["section"] = "Gaps", ["text"] = "  " });
        Assert.Contains("Write your comment.", empty.Text);
        var commented = await participant.SubmitAsync(reviewPath, "comment", new Dictionary<string, string> { ["section"] = "Gaps", ["text"] = "Add the cost of travel to clinics." });
        Assert.True(commented.IsRedirect, commented.Html);
        var endorsed = await participant.SubmitAsync(reviewPath, "endorse", new Dictionary<string, string>());
        Assert.True(endorsed.IsRedirect, $"Endorsing the draft should redirect, not answer {endorsed.Status}:\n{endorsed.Html}");
        Assert.Contains("You endorse this draft.", (await participant.GetAsync(reviewPath)).Text);

        // Someone who did not take part sees nothing of the draft and cannot comment.
        var outsider = await app.CreatePersonAsync("Outsider", Roles.Member);
        using var outsiderBrowser = new Browser(app);
        await outsiderBrowser.SignInAsync(outsider);
        var closedDoor = await outsiderBrowser.GetAsync(reviewPath);
        Assert.Equal(HttpStatusCode.NotFound, closedDoor.Status);
        Assert.DoesNotContain("Rural clinics.", closedDoor.Text);
        // Nor does a coordinator who has not set up a second factor: staff read drafts under the staff rule.
        using var unsecured = new Browser(app);
        await unsecured.SignInAsync(await app.CreateStaffWithoutTwoFactorAsync("Coordinator No2fa", Roles.Coordinator));
        var unsecuredDoor = await unsecured.GetAsync(reviewPath);
        Assert.Equal(HttpStatusCode.NotFound, unsecuredDoor.Status);
        Assert.DoesNotContain("Rural clinics.", unsecuredDoor.Text);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var synthesisId = int.Parse(path.Split('/').Last(), CultureInfo.InvariantCulture);
            var refusal = await scope.ServiceProvider.GetRequiredService<MemberCheck>().CommentAsync(new Actor(outsider.Id, outsider.DisplayName), synthesisId, SynthesisSection.Summary, "Let me in.");
            Assert.Equal("Only the debate's participants take part in its member check.", Assert.Single(refusal.Errors).Message);
        }

        var withComments = await browser.GetAsync(path);
        Assert.Contains("Add the cost of travel to clinics.", withComments.Text);
        Assert.Contains("1 of 2 participants endorse this draft.", withComments.Text);

        var finalised = await browser.SubmitAsync(path, "finalise", new Dictionary<string, string>());
        Assert.True(finalised.IsRedirect, finalised.Html);
        Assert.Contains("Version 1 is finalised.", (await browser.GetAsync(finalised.Location!)).Text);
        var second = await browser.SubmitAsync(path, "finalise", new Dictionary<string, string>());
        Assert.Contains("finalised=2", second.Location);
    }

    [Fact]
    public async Task A_coordinator_chooses_the_synthesis_language_and_each_finalised_version_keeps_its_own()
    {
        var debate = await SynthesisSetup.ClosedDebateAsync(app);
        var coordinator = await SynthesisSetup.CoordinatorAsync(app);
        using var browser = new Browser(app);
        await browser.SignInAsync(coordinator);
        await browser.GetAsync("/?culture=fr");
        var started = await browser.SubmitAsync("/syntheses", "start", new Dictionary<string, string> { ["Input.DebateId"] = debate.Id.ToString(CultureInfo.InvariantCulture) });
        Assert.True(started.IsRedirect, started.Html);
        var path = started.Location!;
        var synthesisId = int.Parse(path.Split('/').Last(), CultureInfo.InvariantCulture);
        var builder = await browser.GetAsync(path);
        Assert.Contains("Langue de la synthèse", builder.Text);
        Assert.Matches("<option value=\"en\" lang=\"en\" selected[^>]*>English</option>", builder.Html);
        Assert.Contains("<option value=\"fr\" lang=\"fr\">Français</option>", builder.Text);
        Assert.Contains("<option value=\"es\" lang=\"es\">Español</option>", builder.Text);
        Assert.Contains("lang=\"en\" data-testid=\"preview\"", builder.Html);

        // A language that is not on the list: refused in the coordinator's language, nothing saved, the typed text kept.
        var typed = $"Les navigateurs comptent {Citations.Of(debate.NamedPost)}.";
        var refused = await browser.SubmitAsync(builder, path, "sections", new Dictionary<string, string> { ["language"] = "de", ["section-Summary"] = typed });
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Choisissez la langue de la synthèse : anglais, français ou espagnol.", refused.Text);
        Assert.Contains(typed, refused.Text);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var unchanged = (await scope.ServiceProvider.GetRequiredService<SynthesisReader>().FindAsync(synthesisId))!;
            Assert.Equal(("en", "", 0), (unchanged.Language, unchanged.Summary, unchanged.Revision));
        }

        var french = await browser.SubmitAsync(path, "sections", new Dictionary<string, string> { ["language"] = "fr", ["section-Summary"] = typed });
        Assert.True(french.IsRedirect, french.Html);
        var preview = await browser.GetAsync(path);
        Assert.Contains("lang=\"fr\" data-testid=\"preview\"", preview.Html);
        Assert.Contains("Le débat", preview.Text);
        Assert.Matches("<option value=\"fr\" lang=\"fr\" selected[^>]*>Français</option>", preview.Text);
        var first = await browser.SubmitAsync(path, "finalise", new Dictionary<string, string>());
        Assert.Contains("finalised=1", first.Location);

        // Version 2 in Spanish; a form without the field (an older page) leaves the language as it is.
        Assert.True((await browser.SubmitAsync(path, "sections", new Dictionary<string, string> { ["language"] = "es", ["section-Summary"] = typed })).IsRedirect, "Spanish is one of the languages.");
        Assert.True((await browser.SubmitAsync(path, "sections", new Dictionary<string, string> { ["section-Summary"] = typed + " Bis." })).IsRedirect, "A save without a language is a save.");
        var second = await browser.SubmitAsync(path, "finalise", new Dictionary<string, string>());
        Assert.Contains("finalised=2", second.Location);

        // The exports are produced by the background job, which knows no one's UI language: each is in its version's.
        var coordinatorActor = new Actor(coordinator.Id, coordinator.DisplayName);
        foreach (var (number, language, heading) in new[] { (1, "fr", "Le débat"), (2, "es", "El debate") })
        {
            int exportId;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var version = (await scope.ServiceProvider.GetRequiredService<SynthesisReader>().VersionsAsync(synthesisId)).Single(v => v.Number == number);
                exportId = await ExportAsync(scope.ServiceProvider, coordinatorActor, synthesisId, version.Id, ExportFormat.Docx);
            }
            using var response = await browser.Client.GetAsync($"/syntheses/exports/{exportId}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var word = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
            Assert.Empty(new OpenXmlValidator().Validate(word).Select(e => e.Description));
            Assert.Equal(language, word.PackageProperties.Language);
            Assert.Contains(heading, word.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
        }
    }

    /// <summary>Requests an export and waits for its job to finish it.</summary>
    private static async Task<int> ExportAsync(IServiceProvider services, Actor coordinator, int synthesisId, int versionId, ExportFormat format)
    {
        var exports = services.GetRequiredService<SynthesisExports>();
        // One export of this synthesis at a time in the test: the first one done is this one.
        var done = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = services.GetRequiredService<SynthesisExportNotifier>().Subscribe(synthesisId, progress =>
        {
            if (progress.Status == ExportStatus.Done)
            {
                done.TrySetResult(progress.ExportId);
            }
            return Task.CompletedTask;
        });
        var (export, errors) = await exports.RequestAsync(coordinator, versionId, format);
        Assert.Empty(errors);
        Assert.Equal(export!.Id, await done.Task.WaitAsync(TimeSpan.FromSeconds(60)));
        return export.Id;
    }

    [Fact]
    public async Task An_export_runs_as_a_job_and_is_kept_for_the_coordinators_to_download()
    {
        var debate = await SynthesisSetup.ClosedDebateAsync(app);
        var coordinator = await SynthesisSetup.CoordinatorAsync(app);
        var (synthesisId, version) = await SynthesisSetup.FinalisedAsync(app, debate, coordinator);
        int exportId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var exports = scope.ServiceProvider.GetRequiredService<SynthesisExports>();
            var (refused, errors) = await exports.RequestAsync(new Actor(debate.Named.Id, debate.Named.DisplayName), version.Id, ExportFormat.Docx);
            Assert.Null(refused);
            Assert.Equal("Only coordinators and moderators can do this.", Assert.Single(errors).Message);
            exportId = await ExportAsync(scope.ServiceProvider, new Actor(coordinator.Id, coordinator.DisplayName), synthesisId, version.Id, ExportFormat.Docx);
            // Running it again (a duplicated job) changes nothing.
            await exports.RunAsync(exportId);
            Assert.Equal(ExportStatus.Done, (await exports.OfAsync(synthesisId)).Single(e => e.Id == exportId).Status);
        }

        using var browser = new Browser(app);
        await browser.SignInAsync(coordinator);
        using var response = await browser.Client.GetAsync($"/syntheses/exports/{exportId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"synthesis-{synthesisId}-v1.docx", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        using var word = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(word));

        using var member = new Browser(app);
        await member.SignInAsync(debate.Named);
        var denied = await member.GetAsync($"/syntheses/exports/{exportId}");
        Assert.NotEqual(HttpStatusCode.OK, denied.Status);
    }

    [Fact]
    public async Task Impact_figures_count_a_period_and_download_as_csv()
    {
        var debate = await SynthesisSetup.ClosedDebateAsync(app);
        await SynthesisSetup.FinalisedAsync(app, debate, await SynthesisSetup.CoordinatorAsync(app));
        var coordinator = await SynthesisSetup.CoordinatorAsync(app);
        using var browser = new Browser(app);
        await browser.SignInAsync(coordinator);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var from = DateTime.UtcNow.AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var page = await browser.GetAsync($"/syntheses/impact?from={from}&to={today}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        await using var scope = app.Services.CreateAsyncScope();
        var title = (await scope.ServiceProvider.GetRequiredService<SynthesisReader>().AllAsync()).First(s => s.DebateId == debate.Id).DebateTitle;
        Assert.Contains(title, page.Text);

        var csv = await browser.Client.GetStringAsync($"/syntheses/impact.csv?from={from}&to={today}");
        Assert.StartsWith("section,item,value,detail", csv);
        Assert.Contains($"debate posts,{title},2", csv);
        Assert.Matches(@"syntheses,finalised,[1-9]", csv);

        var backwards = await browser.GetAsync($"/syntheses/impact?from={today}&to={from}");
        Assert.Contains("The period must end on or after its first day.", backwards.Text);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync($"/syntheses/impact.csv?from={today}&to={from}")).Status);

        using var member = new Browser(app);
        await member.SignInAsync(debate.Named);
        Assert.NotEqual(HttpStatusCode.OK, (await member.GetAsync("/syntheses/impact")).Status);
        Assert.NotEqual(HttpStatusCode.OK, (await member.GetAsync("/syntheses")).Status);
    }
}
