using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Syntheses;
using CommunityOfPractice.Features.Syntheses.Formats;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommunityOfPractice.Features.Standards;

/// <summary>
/// A round's public report as a Word document, in the standard's language, on the synthesis export's styles, tables and
/// Markdown-to-Word conversion. A proposal whose author asked not to be quoted is counted and answered, never quoted.
/// </summary>
internal static class RoundReportDocx
{
    public static async Task WriteAsync(PublicRoundReport report, string publisher, string versionUrl, Stream output, CancellationToken cancellationToken)
    {
        var language = report.Standard.Document.Language;
        var text = SynthesisText.For(language);
        var words = StandardReportText.For(language);
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var title = words.ReportTitle(report.Standard.Version.Number);
            word.PackageProperties.Title = $"{report.Standard.Document.Title}: {title}";
            word.PackageProperties.Language = text.Language;
            word.PackageProperties.Creator = publisher;
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxExport.DocumentStyles(text.Language);
            main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new UpdateFieldsOnOpen { Val = true });
            var body = new Body();
            body.Append(DocxExport.Styled("Subtitle", publisher), DocxExport.Styled("Title", report.Standard.Document.Title), DocxExport.Styled("Subtitle", title),
                DocxExport.Styled(null, text.Period(report.Round.OpensAt, report.Round.ClosesAt)), DocxExport.Styled(null, versionUrl));
            var contents = body.AppendChild(DocxExport.Styled("TOCHeading", text.Contents));
            if (!string.IsNullOrWhiteSpace(report.Round.GuidingQuestions))
            {
                body.Append(DocxExport.Styled("Heading1", text.GuidingQuestions));
                body.Append(WordMarkdown.Paragraphs(report.Round.GuidingQuestions, null, notes: null));
            }
            var figures = report.Figures;
            body.Append(DocxExport.Styled("Heading1", text.Participation),
                DocxExport.Styled(null, words.Overview(figures, text)));
            body.Append(DocxExport.Styled("Heading2", text.ByCategory), DocxExport.FigureTable(text.CategoryColumn, Relabel(figures.ByCategory, text), text), new Paragraph());
            body.Append(DocxExport.Styled("Heading2", text.ByRegion), DocxExport.FigureTable(text.RegionColumn, Relabel(figures.ByRegion, text), text), new Paragraph());

            body.Append(DocxExport.Styled("Heading1", words.ProposalsAndAnswers));
            if (report.Proposals.Count == 0)
            {
                body.Append(DocxExport.Styled(null, words.NoProposal));
            }
            foreach (var proposal in report.Proposals)
            {
                cancellationToken.ThrowIfCancellationRequested();
                body.Append(DocxExport.Styled("Heading2", words.OnParagraph(proposal.ParagraphNumber)));
                if (proposal.Attribution is { } attribution)
                {
                    body.Append(WordMarkdown.Paragraphs(proposal.ProposedText!, "Quote", notes: null));
                    body.Append(DocxExport.Styled("Attribution", "— " + attribution));
                    if (!string.IsNullOrWhiteSpace(proposal.Reason))
                    {
                        body.Append(new Paragraph(new Run(new RunProperties(new Bold()), DocxExport.Text(words.Reason + " ")), new Run(DocxExport.Text(proposal.Reason))));
                    }
                }
                else
                {
                    body.Append(new Paragraph(new Run(new RunProperties(new Italic()), DocxExport.Text(proposal.HiddenByModerator ? words.Hidden : words.NotQuoted))));
                }
                body.Append(new Paragraph(new Run(new RunProperties(new Bold()), DocxExport.Text(words.Answer(proposal.Answer) + ". ")), new Run(DocxExport.Text(proposal.AnswerReason))));
            }
            body.Append(new SectionProperties(new PageSize { Width = 11906U, Height = 16838U }, new PageMargin { Top = 1440, Right = 1440U, Bottom = 1440, Left = 1440U, Header = 708U, Footer = 708U, Gutter = 0U }));
            OpenXmlElement last = contents;
            foreach (var entry in DocxExport.TableOfContents(body))
            {
                last = last.InsertAfterSelf(entry);
            }
            main.Document = new Document(body);
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    /// <summary>The figures' labels in the report's language: the core counts with English ones.</summary>
    public static IReadOnlyList<FigureRow> Relabel(IReadOnlyList<FigureRow> rows, SynthesisText text) =>
        rows.Select(r => r with
        {
            Label = Enum.TryParse<StakeholderCategory>(r.Key, out var category) && Enum.IsDefined(category) ? text.Category(category)
                : Enum.TryParse<WhoRegion>(r.Key, out var region) && Enum.IsDefined(region) ? text.Region(region)
                : text.Unknown,
        }).ToList();
}
