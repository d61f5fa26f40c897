using System.Net;
using System.Text.RegularExpressions;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.IntegrationTests.Hosting;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommunityOfPractice.IntegrationTests.Standards;

/// <summary>A coordinator starts a standard from a Word draft through the new-standard form, checks the text, then creates it.</summary>
[Collection(AppCollection.Name)]
public sealed partial class StandardImportTests(CommunityAppFactory app)
{
    private static byte[] WordDraft(string tag)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            static Paragraph Line(string style, string text, bool bold = false) => new(
                new ParagraphProperties(new ParagraphStyleId { Val = style }),
                new Run(bold ? new RunProperties(new Bold()) : new RunProperties(), new Text(text)));
            document.AddMainDocumentPart().Document = new Document(new Body(
                Line("Title", $"Imported standard {tag}"),
                Line("Heading1", "Principles"),
                Line("Normal", "Nothing about us without us.", bold: true),
                Line("Normal", "People are paid for their time."),
                Line("Heading2", "Practice"),
                Line("Normal", "Meetings are accessible.")));
        }
        return stream.ToArray();
    }

    [Fact]
    public async Task A_Word_draft_fills_the_text_keeping_what_was_typed_and_becomes_a_numbered_draft()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var coordinator = new Browser(app);
        await coordinator.SignInAsync(await app.CreatePersonAsync("Importing Coordinator", Roles.Member, Roles.Coordinator));
        Dictionary<string, string> Fields(string title, string body, bool import) => new()
        {
            ["Input.Title"] = title,
            ["Input.Summary"] = $"Typed summary {tag}",
            ["Input.Language"] = "en",
            ["Input.TranslationOfId"] = "",
            ["Input.Body"] = body,
            ["import"] = import ? "docx" : "",
        };

        // Not a Word file: refused beside the field, what was typed kept, nothing created.
        var refused = await coordinator.SubmitAsync("/standards/new", "new-standard", Fields("", $"My typed body {tag}", import: true), ("Document", "letter.pdf", "%PDF-1.7\n"u8.ToArray()));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("This file is not a Word document (.docx).", refused.Text);
        Assert.Contains($"My typed body {tag}", refused.Text);
        Assert.Contains($"Typed summary {tag}", refused.Text);

        var imported = await coordinator.SubmitAsync("/standards/new", "new-standard", Fields("", "", import: true), ("Document", "draft.docx", WordDraft(tag)));
        Assert.Equal(HttpStatusCode.OK, imported.Status);
        Assert.Contains("Imported draft.docx. Check the text below (sections: 2, paragraphs: 3), then create the draft.", imported.Text);
        Assert.Contains($"value=\"Imported standard {tag}\"", imported.Html);
        Assert.Contains($"Typed summary {tag}", imported.Text);
        var body = WebUtility.HtmlDecode(BodyBox().Match(imported.Html).Groups[1].Value);
        Assert.Equal("# Principles\n\n**Nothing about us without us.**\n\nPeople are paid for their time.\n\n## Practice\n\nMeetings are accessible.\n", body.ReplaceLineEndings("\n"));

        var created = await coordinator.SubmitAsync(imported, "/standards/new", "new-standard", Fields($"Imported standard {tag}", body, import: false));
        Assert.True(created.IsRedirect, $"Creating the imported draft should redirect:\n{created.Text}");
        var draft = await coordinator.GetAsync(new Uri(new Uri("http://localhost/"), created.Location).PathAndQuery);
        Assert.Contains("id=\"p1.1\"", draft.Html);
        Assert.Contains("<strong>Nothing about us without us.</strong>", draft.Html);
        Assert.Contains("id=\"p2.1\"", draft.Html);
    }

    [GeneratedRegex("<textarea[^>]*id=\"body\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex BodyBox();
}
