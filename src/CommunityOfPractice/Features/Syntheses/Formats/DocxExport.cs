using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CommunityOfPractice.Features.Syntheses.Formats;

/// <summary>The synthesis as a Word document: styled headings, tables of figures, citations as real footnotes.</summary>
public static partial class DocxExport
{
    [GeneratedRegex(@"(\[\^\d+\]|\*\*[^*\n]+\*\*)")]
    private static partial Regex Inline();

    public static async Task WriteAsync(SynthesisDocument document, Stream output, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        // The package is assembled in memory (a few hundred kilobytes even for a large debate), then copied out,
        // so a failure never leaves a half-written file behind.
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            word.PackageProperties.Title = document.Title;
            word.PackageProperties.Creator = "Community of Practice";
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocumentStyles();
            var notes = main.AddNewPart<FootnotesPart>();
            notes.Footnotes = new Footnotes(
                new W.Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new W.Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
            foreach (var footnote in document.Footnotes)
            {
                notes.Footnotes.Append(new W.Footnote(new Paragraph(
                    new ParagraphProperties(new ParagraphStyleId { Val = "FootnoteText" }),
                    new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new FootnoteReferenceMark()),
                    TextRun(" " + footnote.Text))) { Id = footnote.Number });
            }

            var body = new Body();
            body.Append(Styled("Title", document.Title), Styled(null, SynthesisFormats.Status(document)));
            body.Append(Styled("Heading1", "The debate"),
                new Paragraph(new Run(new RunProperties(new Bold()), Text(document.Debate.Title)),
                    TextRun($", {SynthesisFormats.DateTime(document.Debate.OpensAt)} to {SynthesisFormats.DateTime(document.Debate.ClosesAt)}")));
            body.Append(MarkdownParagraphs(document.Debate.Summary));
            if (document.Webinar is { } webinar)
            {
                body.Append(Styled(null, $"Context-setting webinar: {webinar.Title}, {SynthesisFormats.DateTime(webinar.StartsAt)}"
                    + (webinar.RecordingUrl is { } url ? $". Recording: {url}" : ".")));
            }
            if (document.GuidingQuestions.Count > 0)
            {
                body.Append(Styled("Heading1", "Guiding questions"));
                body.Append(document.GuidingQuestions.Select((q, i) => Styled(null, $"{i + 1}. {q}")));
            }
            progress?.Report(10);

            body.Append(Styled("Heading1", "Participation"), Styled(null, SynthesisFormats.Overview(document.Figures)));
            foreach (var (heading, rows, keyHeading) in SynthesisFormats.FigureTables(document.Figures))
            {
                body.Append(Styled("Heading2", heading), FigureTable(keyHeading, rows), new Paragraph());
            }
            progress?.Report(30);
            cancellationToken.ThrowIfCancellationRequested();

            body.Append(Styled("Heading1", "Highlighted contributions"));
            foreach (var group in document.Highlights)
            {
                body.Append(Styled("Heading2", group.Question));
                foreach (var quote in group.Quotes)
                {
                    body.Append(quote.Text.Trim().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line => Styled("Quote", line)));
                    body.Append(Styled("Attribution", "— " + quote.Attribution));
                }
                if (group.NotQuoted > 0)
                {
                    body.Append(new Paragraph(new Run(new RunProperties(new Italic()), Text(SynthesisFormats.NotQuoted(group.NotQuoted)))));
                }
            }
            progress?.Report(60);
            cancellationToken.ThrowIfCancellationRequested();

            foreach (var section in document.Sections)
            {
                body.Append(Styled("Heading1", section.Heading));
                var paragraphs = MarkdownParagraphs(section.Markdown);
                body.Append(paragraphs.Count > 0 ? paragraphs : [new Paragraph(new Run(new RunProperties(new Italic()), Text("(empty)")))]);
            }
            body.Append(new SectionProperties(new PageSize { Width = 11906U, Height = 16838U }, new PageMargin { Top = 1440, Right = 1440U, Bottom = 1440, Left = 1440U, Header = 708U, Footer = 708U, Gutter = 0U }));
            main.Document = new Document(body);
            progress?.Report(90);
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    /// <summary>Paragraphs, list items and sub-headings of Markdown; bold and footnote references inline, other marks kept as typed.</summary>
    private static List<Paragraph> MarkdownParagraphs(string markdown)
    {
        var paragraphs = new List<Paragraph>();
        var pending = new List<string>();
        void Flush()
        {
            if (pending.Count > 0)
            {
                paragraphs.Add(InlineParagraph(null, string.Join(' ', pending)));
                pending.Clear();
            }
        }
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Flush();
            }
            else if (line.StartsWith('#'))
            {
                Flush();
                paragraphs.Add(InlineParagraph("Heading3", line.TrimStart('#', ' ')));
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal))
            {
                Flush();
                paragraphs.Add(InlineParagraph("ListParagraph", "• " + line[2..].Trim()));
            }
            else if (ListNumber().IsMatch(line))
            {
                Flush();
                paragraphs.Add(InlineParagraph("ListParagraph", line));
            }
            else
            {
                pending.Add(line);
            }
        }
        Flush();
        return paragraphs;
    }

    [GeneratedRegex(@"^\d{1,3}[.)] ")]
    private static partial Regex ListNumber();

    private static Paragraph InlineParagraph(string? style, string text)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }
        foreach (var part in Inline().Split(text).Where(p => p.Length > 0))
        {
            if (part.StartsWith("[^", StringComparison.Ordinal) && int.TryParse(part.AsSpan(2, part.Length - 3), out var number))
            {
                paragraph.Append(new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new FootnoteReference { Id = number }));
            }
            else if (part.StartsWith("**", StringComparison.Ordinal) && part.Length > 4 && part.EndsWith("**", StringComparison.Ordinal))
            {
                paragraph.Append(new Run(new RunProperties(new Bold()), Text(part[2..^2])));
            }
            else
            {
                paragraph.Append(TextRun(part));
            }
        }
        return paragraph;
    }

    private static Table FigureTable(string keyHeading, IReadOnlyList<FigureRow> rows)
    {
        static TableCell Cell(string text, bool header, bool number) => new(
            new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Auto }),
            new Paragraph(
                new ParagraphProperties(new Justification { Val = number ? JustificationValues.Right : JustificationValues.Left }),
                new Run(header ? new RunProperties(new Bold()) : new RunProperties(), Text(text))));
        var border = () => new BorderType[] { new TopBorder(), new LeftBorder(), new BottomBorder(), new RightBorder(), new InsideHorizontalBorder(), new InsideVerticalBorder() };
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableBorders(border().Select(b => { b.Val = BorderValues.Single; b.Size = 4U; b.Color = "999999"; return (OpenXmlElement)b; }))),
            new TableGrid(new GridColumn { Width = "5000" }, new GridColumn { Width = "2000" }, new GridColumn { Width = "2000" }),
            new TableRow(new TableRowProperties(new TableHeader()), Cell(keyHeading, true, false), Cell("Participants", true, true), Cell("Posts", true, true)));
        foreach (var row in rows)
        {
            table.Append(new TableRow(Cell(row.Label, false, false), Cell(row.Participants.ToString(System.Globalization.CultureInfo.InvariantCulture), false, true),
                Cell(row.Posts.ToString(System.Globalization.CultureInfo.InvariantCulture), false, true)));
        }
        return table;
    }

    private static Paragraph Styled(string? style, string text)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }
        paragraph.Append(TextRun(text));
        return paragraph;
    }

    private static Run TextRun(string text) => new(Text(text));

    private static W.Text Text(string text) => new(SynthesisFormats.XmlSafe(text.ReplaceLineEndings(" "))) { Space = SpaceProcessingModeValues.Preserve };

    private static Styles DocumentStyles()
    {
        static Style Paragraph(string id, string name, int size, bool bold = false, bool italic = false, string? color = null, int? outline = null, int before = 0, int after = 120, int indent = 0)
        {
            var paragraphProperties = new StyleParagraphProperties();
            if (outline is not null)
            {
                paragraphProperties.Append(new KeepNext());
            }
            paragraphProperties.Append(new SpacingBetweenLines { Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture), After = after.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            if (indent > 0)
            {
                paragraphProperties.Append(new Indentation { Left = indent.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            }
            if (outline is { } level)
            {
                paragraphProperties.Append(new OutlineLevel { Val = level });
            }
            var runProperties = new StyleRunProperties();
            if (bold)
            {
                runProperties.Append(new Bold());
            }
            if (italic)
            {
                runProperties.Append(new Italic());
            }
            if (color is not null)
            {
                runProperties.Append(new Color { Val = color });
            }
            runProperties.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            var style = new Style(new StyleName { Val = name });
            if (id != "Normal")
            {
                style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" });
            }
            style.Append(new PrimaryStyle(), paragraphProperties, runProperties);
            style.Type = StyleValues.Paragraph;
            style.StyleId = id;
            if (id == "Normal")
            {
                style.Default = true;
            }
            return style;
        }
        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri" }, new FontSize { Val = "22" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
            Paragraph("Normal", "Normal", 22),
            Paragraph("Title", "Title", 40, bold: true, after: 240),
            Paragraph("Heading1", "heading 1", 32, bold: true, color: "1F3864", outline: 0, before: 360),
            Paragraph("Heading2", "heading 2", 26, bold: true, color: "2F5496", outline: 1, before: 240),
            Paragraph("Heading3", "heading 3", 24, bold: true, outline: 2, before: 200),
            Paragraph("Quote", "Quote", 22, italic: true, after: 60, indent: 567),
            Paragraph("Attribution", "Attribution", 20, color: "404040", after: 200, indent: 567),
            Paragraph("ListParagraph", "List Paragraph", 22, indent: 360),
            Paragraph("FootnoteText", "footnote text", 18, after: 0),
            new Style(new StyleName { Val = "footnote reference" }, new UIPriority { Val = 99 },
                new StyleRunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript })) { Type = StyleValues.Character, StyleId = "FootnoteReference" });
    }
}
