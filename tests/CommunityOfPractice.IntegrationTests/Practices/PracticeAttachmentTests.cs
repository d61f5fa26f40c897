using System.Net;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Practices;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Practices;

/// <summary>Attachments are checked by their bytes, kept with the entry, and public only while the entry is.</summary>
[Collection(AppCollection.Name)]
public sealed class PracticeAttachmentTests(CommunityAppFactory app)
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n"u8.ToArray(), .. new byte[2048]];

    internal static Dictionary<string, string> Form(string title) => new()
    {
        ["Input.Title"] = title,
        ["Input.Summary"] = "With a report attached.",
        ["Input.Body"] = "The report is attached.",
        ["Input.Language"] = "en",
        ["countries"] = "ZA",
        ["areas"] = "Cancer",
        ["involvement"] = "Advocacy",
        ["intent"] = "draft",
    };

    [Fact]
    public async Task A_pdf_is_attached_to_a_draft_and_downloadable_by_the_public_once_published()
    {
        var member = await app.CreatePersonAsync("Attachment Submitter", Roles.Member);
        var curator = await PracticeSetup.CuratorAsync(app);
        var title = $"Attached {Guid.NewGuid():N}"[..24];
        using var browser = new Browser(app);
        await browser.SignInAsync(member);

        // A text file named .pdf is refused and nothing is saved.
        var refused = await browser.SubmitAsync("/practices/submit", "practice", Form(title), ("attachment", "report.pdf", "not a pdf"u8.ToArray()));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Attach a PDF, PNG or JPEG file", refused.Text);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        Assert.False(await db.Practices.AnyAsync(p => p.Content.Title == title),
            $"The entry \"{title}\", refused for its text file named .pdf, should not have been saved.");

        var saved = await browser.SubmitAsync("/practices/submit", "practice", Form(title), ("attachment", "../../etc/Annual report.pdf", Pdf));
        Assert.True(saved.IsRedirect, saved.Html);
        var practice = await db.Practices.AsNoTracking().SingleAsync(p => p.Content.Title == title);
        var attachment = await db.PracticeAttachments.AsNoTracking().SingleAsync(a => a.PracticeId == practice.Id);
        Assert.Equal("Annual report.pdf", attachment.FileName);
        Assert.Equal("application/pdf", attachment.ContentType);
        Assert.NotEqual(attachment.FileName, attachment.StoredName);

        var own = await browser.Client.GetAsync($"/practices/submit/{practice.Id}/attachments/{attachment.Id}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(Pdf, await own.Content.ReadAsByteArrayAsync());

        using var visitor = new Browser(app);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/practices/{practice.Slug}/attachments/{attachment.Id}")).Status);
        using var other = new Browser(app);
        await other.SignInAsync(await app.CreatePersonAsync("Curious Member", Roles.Member));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/practices/submit/{practice.Id}/attachments/{attachment.Id}")).Status);

        await using (var step = app.Services.CreateAsyncScope())
        {
            var actor = new CommunityOfPractice.Features.Actor(member.Id, member.DisplayName);
            Assert.Empty((await step.ServiceProvider.GetRequiredService<SubmitPractice>().SaveAsync(actor, practice.Id, PracticeSetup.Command(title), submit: true)).Errors);
            Assert.Empty((await step.ServiceProvider.GetRequiredService<ReviewPractice>().DecideAsync(new(curator.Id, curator.DisplayName), practice.Id, PracticeReviewAction.Published, null)).Errors);
        }
        var slug = (await db.Practices.AsNoTracking().SingleAsync(p => p.Id == practice.Id)).Slug;
        var page = await visitor.GetAsync($"/practices/{slug}");
        Assert.Contains($"practices/{slug}/attachments/{attachment.Id}", page.Html);
        var download = await visitor.Client.GetAsync($"/practices/{slug}/attachments/{attachment.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "image/png")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0 }, "image/jpeg")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, "application/pdf")]
    [InlineData(new byte[] { 0x3C, 0x73, 0x76, 0x67 }, null)]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 }, null)]
    [InlineData(new byte[] { }, null)]
    public void Files_are_recognised_by_their_first_bytes(byte[] head, string? contentType) =>
        Assert.Equal(contentType, PracticeFiles.Sniff(head));

    [Fact]
    public async Task A_file_over_10_mb_is_refused_and_nothing_is_saved()
    {
        var member = await app.CreatePersonAsync("Big File Submitter", Roles.Member);
        var title = $"Too big {Guid.NewGuid():N}"[..24];
        using var browser = new Browser(app);
        await browser.SignInAsync(member);
        var big = new byte[PracticeAttachment.MaxBytes + 1];
        "%PDF-"u8.CopyTo(big);
        var refused = await browser.SubmitAsync("/practices/submit", "practice", Form(title), ("attachment", "big.pdf", big));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("at most 10 MB", refused.Text);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Practices.AnyAsync(p => p.Content.Title == title),
            $"The entry \"{title}\", refused for its attachment over 10 MB, should not have been saved.");
    }
}
