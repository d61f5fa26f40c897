using System.IO.Compression;
using CommunityOfPractice.Features.Standards;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommunityOfPractice.Tests.Standards;

public sealed class DocxImportTests
{
    /// <summary>A .docx written the way a French Word writes one: its heading styles are called "Titre1", named "heading 1".</summary>
    internal static byte[] FrenchWordDraft()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                new Style(new StyleName { Val = "Title" }) { Type = StyleValues.Paragraph, StyleId = "Titre" },
                new Style(new StyleName { Val = "heading 1" }) { Type = StyleValues.Paragraph, StyleId = "Titre1" },
                new Style(new StyleName { Val = "heading 2" }) { Type = StyleValues.Paragraph, StyleId = "Titre2" },
                new Style(new StyleName { Val = "List Paragraph" }) { Type = StyleValues.Paragraph, StyleId = "Paragraphedeliste" });
            var guide = main.AddHyperlinkRelationship(new Uri("https://example.org/guide"), true);
            var list = new ParagraphProperties(new ParagraphStyleId { Val = "Paragraphedeliste" }, new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 }));
            main.Document = new Document(new Body(
                Styled("Titre", Words("Meaningful involvement")),
                Styled("Titre1", Words("Involvement")),
                new Paragraph(Words("People "), Words("living with NCDs", bold: true), Words(" take part "), Words("always", italic: true), Words(".")),
                new Paragraph(Words("Decided in "), Words("two ", bold: true), Words("runs", bold: true)),
                new Paragraph(),
                new Paragraph(Words("See "), new Hyperlink(Words("the guide")) { Id = guide.Id }, Words(" first.")),
                new Paragraph((ParagraphProperties)list.CloneNode(true), Words("First item")),
                new Paragraph((ParagraphProperties)list.CloneNode(true), Words("Second item")),
                new Paragraph(Words("Kept "), new DeletedRun(new Run(new DeletedText("gone"))), new InsertedRun(Words("added"))),
                Styled("Titre2", Words("Accessibility")),
                new Paragraph(Words("Use *stars* and _under_ [x]")),
                new Paragraph(Words("1. Not a list")),
                new Paragraph(Words("# Not a heading")),
                new Table(new TableRow(new TableCell(new Paragraph(Words("Cell text"))))),
                new Paragraph(new Run(new Break()))));
        }
        return stream.ToArray();
    }

    private static Paragraph Styled(string style, Run run) => new(new ParagraphProperties(new ParagraphStyleId { Val = style }), run);

    private static Run Words(string text, bool bold = false, bool italic = false)
    {
        var run = new Run();
        if (bold || italic)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Append(new Bold());
            }
            if (italic)
            {
                properties.Append(new Italic());
            }
            run.Append(properties);
        }
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    [Fact]
    public void A_French_Word_draft_becomes_sections_and_paragraphs_with_its_emphasis_links_and_lists()
    {
        var (draft, errors) = DocxImport.Read(FrenchWordDraft());
        Assert.Empty(errors);
        Assert.Equal("Meaningful involvement", draft!.Title);
        Assert.Equal("""
            # Involvement

            People **living with NCDs** take part *always*.

            Decided in **two runs**

            See [the guide](https://example.org/guide) first.

            - First item
            - Second item

            Kept added

            ## Accessibility

            Use \*stars\* and \_under\_ \[x\]

            1\. Not a list

            \# Not a heading

            Cell text

            """.ReplaceLineEndings("\n"), draft.Markdown);
        Assert.Equal(2, draft.Sections);
        Assert.Equal(9, draft.Paragraphs);

        // The standard's own parser reads it back as the draft's structure.
        var outline = StandardOutline.Parse(draft.Markdown);
        Assert.Equal(["Involvement", "Accessibility"], outline.Select(s => s.Heading));
        Assert.Equal([5, 4], outline.Select(s => s.Paragraphs.Count));
    }

    [Fact]
    public void What_is_not_a_Word_draft_is_refused_with_a_message_and_an_oversized_one_by_its_size()
    {
        static string Refusal(byte[] content) => Assert.Single(DocxImport.Read(content).Errors).Message;

        Assert.Equal("This file is not a Word document (.docx). Save the draft as .docx and try again.", Refusal("%PDF-1.7\n"u8.ToArray()));
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(archive.CreateEntry("notes.txt").Open());
            entry.Write("Not a Word document.");
        }
        Assert.Equal("This file is not a Word document (.docx). Save the draft as .docx and try again.", Refusal(zip.ToArray()));
        var truncated = FrenchWordDraft()[..400];
        Assert.Equal("This file is not a Word document (.docx). Save the draft as .docx and try again.", Refusal(truncated));
        Assert.Equal("The Word document must be at most {0} MB.", Refusal(new byte[DocxImport.MaxBytes + 1]));

        using var empty = new MemoryStream();
        using (var document = WordprocessingDocument.Create(empty, WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(), new Paragraph(new Run(new Text(" ")))));
        }
        Assert.Equal("This Word document has no text to import.", Refusal(empty.ToArray()));
    }
}
