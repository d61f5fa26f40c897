using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CommunityOfPractice.Features.Syntheses.Formats;

/// <summary>The synthesis as a Word document: styled headings, tables of figures, citations as real footnotes.</summary>
internal static class DocxExport
{
    public static async Task WriteAsync(SynthesisDocument document, string publisher, Stream output, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        // The package is assembled in memory (a few hundred kilobytes even for a large debate), then copied out,
        // so a failure never leaves a half-written file behind.
        var text = SynthesisText.For(document.Language);
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            word.PackageProperties.Title = document.Title;
            // The language of the document's own words (headings, labels, dates); members' quotes keep whatever language they are in.
            word.PackageProperties.Language = text.Language;
            word.PackageProperties.Creator = publisher;
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocumentStyles(text.Language);
            var notes = new WordNotes(document.Footnotes, text);

            // Word updates the contents' page numbers (and the footer's) when the file is opened.
            main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new UpdateFieldsOnOpen { Val = true });
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), new SimpleField(new Run(Text("1"))) { Instruction = " PAGE " }));

            var body = new Body();
            // The cover: who publishes it, what it is, which version of it, then the contents.
            body.Append(Styled("Subtitle", publisher), Styled("Title", document.Title), Styled("Subtitle", SynthesisFormats.Status(document, text)));
            var contents = body.AppendChild(Styled("TOCHeading", text.Contents));
            body.Append(Styled("Heading1", text.TheDebate),
                new Paragraph(new Run(new RunProperties(new Bold()), Text(document.Debate.Title)),
                    TextRun(", " + text.Period(document.Debate.OpensAt, document.Debate.ClosesAt))));
            body.Append(WordMarkdown.Paragraphs(document.Debate.Summary, null, notes: null));
            if (document.Webinar is { } webinar)
            {
                body.Append(Styled(null, $"{SynthesisFormats.WebinarLine(webinar, text)}, {text.DateTime(webinar.StartsAt)}"
                    + (webinar.RecordingUrl is { } url ? $". {text.RecordingAt(url)}" : ".")));
            }
            if (document.GuidingQuestions.Count > 0)
            {
                body.Append(Styled("Heading1", text.GuidingQuestions));
                body.Append(document.GuidingQuestions.Select((q, i) => Styled(null, $"{i + 1}. {q}")));
            }
            progress?.Report(10);

            body.Append(Styled("Heading1", text.Participation), Styled(null, text.Overview(document.Figures)));
            foreach (var (heading, rows, keyHeading) in SynthesisFormats.FigureTables(document.Figures, text))
            {
                body.Append(Styled("Heading2", heading), FigureTable(keyHeading, rows, text), new Paragraph());
            }
            progress?.Report(30);
            cancellationToken.ThrowIfCancellationRequested();

            var highlights = SynthesisFormats.Shown(document.Highlights);
            if (highlights.Count > 0)
            {
                body.Append(Styled("Heading1", text.HighlightedContributions));
            }
            foreach (var group in highlights)
            {
                body.Append(Styled("Heading2", group.Question));
                foreach (var quote in group.Quotes)
                {
                    // A quote keeps with its attribution: LibreOffice put "— Amina" alone at the top of a page.
                    var quoted = WordMarkdown.Paragraphs(quote.Text, "Quote", notes: null);
                    quoted.ForEach(paragraph => (paragraph.ParagraphProperties ??= new ParagraphProperties()).KeepNext = new KeepNext());
                    body.Append(quoted);
                    body.Append(Styled("Attribution", "— " + quote.Attribution));
                }
                if (group.NotQuoted > 0)
                {
                    body.Append(new Paragraph(new Run(new RunProperties(new Italic()), Text(text.NotQuoted(group.NotQuoted)))));
                }
            }
            progress?.Report(60);
            cancellationToken.ThrowIfCancellationRequested();

            foreach (var section in document.Sections)
            {
                body.Append(Styled("Heading1", section.Heading));
                var paragraphs = WordMarkdown.Paragraphs(section.Markdown, null, notes);
                body.Append(paragraphs.Count > 0 ? paragraphs : [new Paragraph(new Run(new RunProperties(new Italic()), Text(text.Empty)))]);
            }
            body.Append(new SectionProperties(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) }, new PageSize { Width = 11906U, Height = 16838U }, new PageMargin { Top = 1440, Right = 1440U, Bottom = 1440, Left = 1440U, Header = 708U, Footer = 708U, Gutter = 0U }));
            OpenXmlElement last = contents;
            foreach (var entry in TableOfContents(body))
            {
                last = last.InsertAfterSelf(entry);
            }
            main.Document = new Document(body);
            main.AddNewPart<FootnotesPart>().Footnotes = notes.Part();
            progress?.Report(90);
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    /// <summary>
    /// The contents: one entry per heading of levels 1 and 2, linked to a bookmark on the heading, its page number a
    /// PAGEREF field. Not a TOC field: LibreOffice shows a TOC field's stored result and never updates it on opening,
    /// so an empty one showed no contents, and a filled one no page numbers; a PAGEREF outside a TOC field it works out
    /// as it lays out the pages, and Word updates it on opening (UpdateFieldsOnOpen).
    /// </summary>
    internal static List<Paragraph> TableOfContents(Body body)
    {
        var entries = new List<Paragraph>();
        var headings = body.Elements<Paragraph>()
            .Select(paragraph => (Paragraph: paragraph, Level: paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value switch { "Heading1" => 1, "Heading2" => 2, _ => 0 }))
            .Where(heading => heading.Level > 0)
            .ToList();
        for (var i = 0; i < headings.Count; i++)
        {
            var (heading, level) = headings[i];
            var (id, bookmark) = ((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), $"_Toc{i + 1}");
            var entry = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = $"TOC{level}" },
                new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = 9016 })));
            entry.Append(new Hyperlink(
                new Run(Text(heading.InnerText)), new Run(new TabChar()),
                Field(FieldCharValues.Begin), new Run(new FieldCode($" PAGEREF {bookmark} \\h ") { Space = SpaceProcessingModeValues.Preserve }), Field(FieldCharValues.Separate),
                new Run(Text("")), Field(FieldCharValues.End)) { Anchor = bookmark, History = true });
            heading.ParagraphProperties!.InsertAfterSelf(new BookmarkStart { Id = id, Name = bookmark });
            heading.Append(new BookmarkEnd { Id = id });
            entries.Add(entry);
        }
        return entries;
    }

    private static Run Field(FieldCharValues part) => new(new FieldChar { FieldCharType = part });

    internal static Table FigureTable(string keyHeading, IReadOnlyList<FigureRow> rows, SynthesisText text)
    {
        // Every row but the last keeps with the next, and no row splits: a short table stays on one page with its
        // heading (which keeps with what follows), and a long one breaks between rows.
        static TableCell Cell(string text, bool header, bool number, bool keepNext)
        {
            var properties = new ParagraphProperties();
            if (keepNext)
            {
                properties.Append(new KeepNext());
            }
            properties.Append(new Justification { Val = number ? JustificationValues.Right : JustificationValues.Left });
            return new TableCell(
                new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Auto }),
                new Paragraph(properties, new Run(header ? new RunProperties(new Bold()) : new RunProperties(), Text(text))));
        }
        var border = () => new BorderType[] { new TopBorder(), new LeftBorder(), new BottomBorder(), new RightBorder(), new InsideHorizontalBorder(), new InsideVerticalBorder() };
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableBorders(border().Select(b => { b.Val = BorderValues.Single; b.Size = 4U; b.Color = "999999"; return (OpenXmlElement)b; }))),
            new TableGrid(new GridColumn { Width = "5000" }, new GridColumn { Width = "2000" }, new GridColumn { Width = "2000" }),
            new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()), Cell(keyHeading, true, false, rows.Count > 0), Cell(text.ParticipantsColumn, true, true, rows.Count > 0), Cell(text.PostsColumn, true, true, rows.Count > 0)));
        for (var i = 0; i < rows.Count; i++)
        {
            var (row, keepNext) = (rows[i], i < rows.Count - 1);
            table.Append(new TableRow(new TableRowProperties(new CantSplit()), Cell(row.Label, false, false, keepNext),
                Cell(text.Number(row.Participants), false, true, keepNext),
                Cell(text.Number(row.Posts), false, true, keepNext)));
        }
        return table;
    }

    internal static Paragraph Styled(string? style, string text)
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

    internal static W.Text Text(string text) => new(SynthesisFormats.XmlSafe(text.ReplaceLineEndings(" "))) { Space = SpaceProcessingModeValues.Preserve };

    internal static Styles DocumentStyles(string language)
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
                new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri" }, new FontSize { Val = "22" }, new Languages { Val = language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
            Paragraph("Normal", "Normal", 22),
            Paragraph("Title", "Title", 40, bold: true, after: 240),
            Paragraph("Subtitle", "Subtitle", 24, color: "404040", after: 240),
            Paragraph("TOCHeading", "TOC Heading", 28, bold: true, color: "1F3864", before: 480),
            Paragraph("TOC1", "toc 1", 22, after: 60),
            Paragraph("TOC2", "toc 2", 22, after: 60, indent: 220),
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
