using System.Net;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Files;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Practices;
using CommunityOfPractice.Features.Syntheses;
using CommunityOfPractice.Features.Syntheses.Formats;
using CommunityOfPractice.IntegrationTests.Hosting;
using CommunityOfPractice.IntegrationTests.Membership;
using CommunityOfPractice.IntegrationTests.Practices;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.ScaleOut;

/// <summary>
/// A file uploaded or exported on one node downloads from the other, whose data folder never saw it: files live in
/// PostgreSQL when scaled out. The uploads span several of the store's chunks.
/// </summary>
public sealed class SharedFilesTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private static byte[] FileStartingWith(ReadOnlySpan<byte> magic, int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        magic.CopyTo(bytes);
        return bytes;
    }

    /// <summary>Asks <paramref name="node"/> for <paramref name="path"/> as the person <paramref name="signedIn"/> signed in as (on any node: they share the cookie keys).</summary>
    private static async Task<HttpResponseMessage> GetAsync(CommunityAppFactory node, Browser signedIn, string path)
    {
        using var client = node.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", signedIn.CookieHeader);
        return await client.SendAsync(request);
    }

    /// <summary>Downloads <paramref name="path"/> and checks it is offered as a file of that type and name.</summary>
    private static async Task<byte[]> DownloadAsync(CommunityAppFactory node, Browser signedIn, string path, string contentType, string fileName)
    {
        using var response = await GetAsync(node, signedIn, path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.Equal("attachment", disposition?.DispositionType);
        Assert.Equal(fileName, disposition?.FileNameStar ?? disposition?.FileName);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task A_letter_of_support_sent_through_the_join_form_on_node_A_downloads_from_node_B()
    {
        var letter = FileStartingWith("%PDF-1.7\n"u8, 700_000);
        var email = $"applicant.{Guid.NewGuid():N}@example.org";
        using (var applicant = new Browser(nodes.A))
        {
            var sent = await applicant.SubmitAsync("/join", "join", JoinFlowTests.Application(email), ("SupportLetter", "my letter.pdf", letter));
            Assert.True(sent.IsRedirect, sent.Html);
        }
        MembershipApplication application;
        await using (var scope = nodes.A.Services.CreateAsyncScope())
        {
            application = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().MembershipApplications.AsNoTracking().SingleAsync(a => a.User!.Email == email);
        }
        using var moderator = new Browser(nodes.A);
        await moderator.SignInAsync(await nodes.A.CreatePersonAsync("Letter Reader", Roles.Moderator));
        var path = $"/moderation/applications/{application.Id}/letter";

        var downloaded = await DownloadAsync(nodes.B, moderator, path, "application/pdf", $"letter-of-support-{application.Id}.pdf");

        Assert.Equal(letter, downloaded);
        // The applicant deletes their account on node B: the letter is gone for node A too.
        await using (var scope = nodes.B.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<DeleteAccount>().HandleAsync(application.UserId, CommunityAppFactory.Password)).Succeeded, "the account was not deleted");
            Assert.Null(await scope.ServiceProvider.GetRequiredService<IFileStore>().OpenReadAsync(SupportLetter.KeyOf(application.SupportLetterFile!)));
        }
        using var gone = await GetAsync(nodes.A, moderator, path);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task A_practice_attachment_added_on_node_A_downloads_from_node_B()
    {
        var png = FileStartingWith([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], 1_200_000);
        var member = await nodes.A.CreatePersonAsync("Attaching Member", Roles.Member);
        var title = $"Shared map {Guid.NewGuid():N}"[..24];
        using var onA = new Browser(nodes.A);
        await onA.SignInAsync(member);
        var saved = await onA.SubmitAsync("/practices/submit", "practice", PracticeAttachmentTests.Form(title), ("attachment", "clinic map.png", png));
        Assert.True(saved.IsRedirect, saved.Html);
        int practiceId, attachmentId;
        await using (var scope = nodes.A.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            practiceId = (await db.Practices.SingleAsync(p => p.Content.Title == title)).Id;
            attachmentId = (await db.PracticeAttachments.SingleAsync(a => a.PracticeId == practiceId)).Id;
        }

        var path = $"/practices/submit/{practiceId}/attachments/{attachmentId}";

        var downloaded = await DownloadAsync(nodes.B, onA, path, "image/png", "clinic map.png");

        Assert.Equal(png, downloaded);
        // Removed on node B, it is gone for node A too.
        await using (var scope = nodes.B.Services.CreateAsyncScope())
        {
            Assert.Empty((await scope.ServiceProvider.GetRequiredService<PracticeFiles>().RemoveAsync(new Actor(member.Id, member.DisplayName), practiceId, attachmentId)).Errors);
        }
        using var gone = await GetAsync(nodes.A, onA, path);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task An_export_made_by_a_job_on_whichever_node_downloads_the_same_from_both()
    {
        var debate = await SynthesisSetup.ClosedDebateAsync(nodes.A);
        var coordinator = await SynthesisSetup.CoordinatorAsync(nodes.A);
        var (synthesisId, version) = await SynthesisSetup.FinalisedAsync(nodes.A, debate, coordinator);
        int exportId;
        await using (var scope = nodes.A.Services.CreateAsyncScope())
        {
            var exports = scope.ServiceProvider.GetRequiredService<SynthesisExports>();
            var (export, errors) = await exports.RequestAsync(new Actor(coordinator.Id, coordinator.DisplayName), version.Id, ExportFormat.Docx);
            Assert.Empty(errors);
            exportId = export!.Id;
            // Hangfire gives the job to either node; its status is what both nodes share.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while ((await exports.OfAsync(synthesisId)).Single(e => e.Id == exportId) is { Status: not ExportStatus.Done } pending)
            {
                Assert.True(pending.Status != ExportStatus.Failed, $"the export failed: {pending.Error}");
                Assert.True(DateTime.UtcNow < deadline, $"the export was still {pending.Status} after 60 s");
                await Task.Delay(200);
            }
        }
        var word = SynthesisFormats.ContentType(ExportFormat.Docx);
        var fileName = $"synthesis-{synthesisId}-v1.docx";

        // The job ran on one of the two; the other's data folder never saw the file.
        using var signedIn = new Browser(nodes.A);
        await signedIn.SignInAsync(coordinator);
        var fromA = await DownloadAsync(nodes.A, signedIn, $"/syntheses/exports/{exportId}", word, fileName);
        var fromB = await DownloadAsync(nodes.B, signedIn, $"/syntheses/exports/{exportId}", word, fileName);

        Assert.Equal(fromA, fromB);
        using var document = WordprocessingDocument.Open(new MemoryStream(fromB), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
    }
}
