using System.Text;
using CommunityOfPractice.Features.Content;
using CommunityOfPractice.Features.Syntheses;
using CommunityOfPractice.Features.Syntheses.Formats;
using DocumentFormat.OpenXml.Packaging;

namespace CommunityOfPractice.Tests.Syntheses;

/// <summary>Each export read back as text, as the coordinating body's readers would read it.</summary>
public sealed class SynthesisExportTextTests
{
    [Theory]
    [InlineData(ExportFormat.Markdown)]
    [InlineData(ExportFormat.Html)]
    [InlineData(ExportFormat.Docx)]
    public async Task The_webinar_is_named_once_and_a_question_with_nothing_highlighted_gets_no_heading(ExportFormat format)
    {
        var text = await TextOfAsync(format, Document());

        Assert.Contains("Context-setting webinar: Budgets and seats", text);
        Assert.DoesNotContain("Context-setting webinar: Context-setting webinar", text);
        Assert.Contains("Who sits on the council?", text);
        Assert.DoesNotContain("Which question nobody answered?", text);
    }

    [Theory]
    [InlineData(ExportFormat.Markdown)]
    [InlineData(ExportFormat.Html)]
    [InlineData(ExportFormat.Docx)]
    public async Task Without_any_highlight_there_is_no_highlights_heading(ExportFormat format)
    {
        var document = Document() with { Highlights = [new QuestionHighlights("Which question nobody answered?", [], 0)] };

        var text = await TextOfAsync(format, document);

        Assert.DoesNotContain("Highlighted contributions", text);
        Assert.Contains("Participation", text);
    }

    [Fact]
    public async Task The_configured_publisher_is_on_the_covers_and_is_the_word_files_author()
    {
        const string publisher = "Global Coordinating Mechanism on NCDs";
        using var stream = new MemoryStream();
        await SynthesisFormats.WriteAsync(ExportFormat.Docx, Document(), null, new MarkdownRenderer(), stream, publisher: publisher);
        stream.Position = 0;
        using (var word = WordprocessingDocument.Open(stream, false))
        {
            Assert.Equal(publisher, word.PackageProperties.Creator);
            Assert.Equal("Synthesis of the November debate", word.PackageProperties.Title);
            Assert.Equal("en", word.PackageProperties.Language);
            Assert.Equal(publisher, word.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().First().InnerText);
        }

        using var page = new MemoryStream();
        await SynthesisFormats.WriteAsync(ExportFormat.Html, Document(), null, new MarkdownRenderer(), page, publisher: publisher);
        var html = Encoding.UTF8.GetString(page.ToArray());
        Assert.Contains($"<meta name=\"author\" content=\"{publisher}\">", html);
        Assert.Contains($"<p class=\"publisher\">{publisher}</p>", html);
        Assert.DoesNotContain(SynthesisOptions.DefaultPublisher, html);
    }

    [Fact]
    public async Task Markdown_in_the_word_export_becomes_word_formatting()
    {
        var document = Document() with
        {
            Debate = Document().Debate with { Summary = "Three days on **councils** and _budgets_." },
            Highlights = [new QuestionHighlights("Who sits on the council?", [new Quote(1, "We asked **before** the *meaningful* [vote](https://example.org/vote).\n\n- seats\n- budgets", "Amina W.")], 0)],
            Sections = [new SectionText(SynthesisSection.Summary, "Summary", "## Asks\n\n1. **Fund** navigators[^1]\n2. _Train_ peers\n\n> Nothing about us without us.")],
            Footnotes = [new Footnote(1, 1, "We asked before the meaningful vote.", "Amina W.")],
        };
        using var stream = new MemoryStream();
        await SynthesisFormats.WriteAsync(ExportFormat.Docx, document, null, new MarkdownRenderer(), stream);
        stream.Position = 0;
        using var word = WordprocessingDocument.Open(stream, false);
        var body = word.MainDocumentPart!.Document!.Body!;

        var runs = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text).ToList();
        Assert.DoesNotContain(runs, text => text.Contains('*') || text.Contains('_') || text.Contains("](", StringComparison.Ordinal) || text.Contains("[^", StringComparison.Ordinal));
        var bold = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Run>().Where(r => r.RunProperties?.Bold is not null).Select(r => r.InnerText).ToList();
        var italic = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Run>().Where(r => r.RunProperties?.Italic is not null).Select(r => r.InnerText).ToList();
        Assert.Contains("councils", bold);
        Assert.Contains("before", bold);
        Assert.Contains("Fund", bold);
        Assert.Contains("budgets", italic);
        Assert.Contains("meaningful", italic);
        Assert.Contains("Train", italic);
        var text = string.Join("\n", body.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
        Assert.Contains("vote (https://example.org/vote)", text);
        Assert.Contains("• seats", text);
        Assert.Contains("1. Fund navigators", text);
        Assert.Contains("2. Train peers", text);
        Assert.Contains("Nothing about us without us.", text);
        var reference = Assert.Single(body.Descendants<DocumentFormat.OpenXml.Wordprocessing.FootnoteReference>());
        Assert.Contains("Amina W.", word.MainDocumentPart.FootnotesPart!.Footnotes!.Elements<DocumentFormat.OpenXml.Wordprocessing.Footnote>().Single(f => f.Id!.Value == reference.Id!.Value).InnerText);
    }

    private static SynthesisDocument Document()
    {
        var now = new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
        return new SynthesisDocument(
            1, 1, now, now, "Synthesis of the November debate",
            new DebateDetails(1, "Seats at the table", "Three days on councils.", now.AddDays(-3), now),
            new WebinarDetails("Context-setting webinar: Budgets and seats", now.AddDays(-4), null),
            ["Who sits on the council?"],
            new ParticipationFigures(1, 1, 1, 100, [], [], [], []),
            [
                new QuestionHighlights("Who sits on the council?", [new Quote(1, "We asked for two seats.", "Amina W.")], 0),
                new QuestionHighlights("Which question nobody answered?", [], 0),
            ],
            [new SectionText(SynthesisSection.Summary, "Summary", "Seats were asked for.")],
            []);
    }

    private static async Task<string> TextOfAsync(ExportFormat format, SynthesisDocument document)
    {
        using var stream = new MemoryStream();
        await SynthesisFormats.WriteAsync(format, document, null, new MarkdownRenderer(), stream);
        if (format != ExportFormat.Docx)
        {
            return Encoding.UTF8.GetString(stream.ToArray());
        }
        stream.Position = 0;
        using var word = WordprocessingDocument.Open(stream, false);
        return string.Join("\n", word.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}
