using System.Text.Json;
using CommunityOfPractice.Features.Content;
using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Syntheses.Formats;

/// <summary>Writes a synthesis in each export format, reporting progress from 0 to 100.</summary>
internal static class SynthesisFormats
{
    /// <summary>
    /// "Context-setting webinar: {title}", unless the title says so already, in any of the community's languages (not
    /// "Context-setting webinar: Context-setting webinar: …", nor "Webinaire de cadrage : Context-setting webinar …").
    /// </summary>
    public static string WebinarLine(WebinarDetails webinar, SynthesisText text) =>
        Languages.Supported.Any(language => webinar.Title.StartsWith(SynthesisText.For(language).ContextSettingWebinar, StringComparison.OrdinalIgnoreCase))
            ? webinar.Title
            : text.WebinarLine(webinar.Title);

    /// <summary>The guiding questions with something to show: a question with no highlighted post gets no heading of its own.</summary>
    public static IReadOnlyList<QuestionHighlights> Shown(IReadOnlyList<QuestionHighlights> highlights) =>
        highlights.Where(group => group.Quotes.Count > 0 || group.NotQuoted > 0).ToList();

    public static IReadOnlyList<ExportFormat> All { get; } = Enum.GetValues<ExportFormat>();

    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Docx => "docx",
        ExportFormat.Markdown => "md",
        ExportFormat.Html => "html",
        ExportFormat.Json => "json",
        ExportFormat.Csv => "csv",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ExportFormat.Markdown => "text/markdown; charset=utf-8",
        ExportFormat.Html => "text/html; charset=utf-8",
        ExportFormat.Json => "application/json; charset=utf-8",
        ExportFormat.Csv => "text/csv; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>Parses the API's <c>format</c> parameter: docx, md, html, json or csv.</summary>
    public static ExportFormat? Parse(string? value) => All.Cast<ExportFormat?>()
        .FirstOrDefault(f => string.Equals(Extension(f!.Value), value, StringComparison.OrdinalIgnoreCase));

    public static string FileName(SynthesisDocument document, ExportFormat format) =>
        $"synthesis-{document.SynthesisId}-v{document.Version ?? 0}.{Extension(format)}";

    /// <param name="publisher">Who publishes it (<see cref="SynthesisOptions.Publisher"/>), on the Word and HTML covers.</param>
    public static async Task WriteAsync(ExportFormat format, SynthesisDocument document, DebatePosts? posts, MarkdownRenderer markdown, Stream output,
        IProgress<int>? progress = null, string publisher = SynthesisOptions.DefaultPublisher, CancellationToken cancellationToken = default)
    {
        switch (format)
        {
            case ExportFormat.Docx:
                await DocxExport.WriteAsync(document, publisher, output, progress, cancellationToken);
                break;
            case ExportFormat.Markdown:
                await WriteTextAsync(MarkdownExport.Write(document), output, cancellationToken);
                break;
            case ExportFormat.Html:
                await WriteTextAsync(HtmlExport.Write(document, markdown, publisher), output, cancellationToken);
                break;
            case ExportFormat.Json:
                await JsonSerializer.SerializeAsync(output, document, SynthesisComposer.Json, cancellationToken);
                break;
            default:
                await PostsCsv.WriteAsync(posts ?? throw new ArgumentNullException(nameof(posts)), output, progress, cancellationToken);
                break;
        }
        progress?.Report(100);
    }

    private static async Task WriteTextAsync(string text, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(false), leaveOpen: true);
        await writer.WriteAsync(text.AsMemory(), cancellationToken);
    }

    /// <summary>Characters XML cannot carry (control characters a paste may bring) are dropped.</summary>
    internal static string XmlSafe(string text)
    {
        if (text.All(System.Xml.XmlConvert.IsXmlChar))
        {
            return text;
        }
        var kept = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (System.Xml.XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
            else if (i + 1 < text.Length && System.Xml.XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept.Append(text[i]).Append(text[i + 1]);
                i++;
            }
        }
        return kept.ToString();
    }

    /// <summary>"Version 2, finalised on 12 March 2026", or when the document is a draft, when it was generated.</summary>
    public static string Status(SynthesisDocument document, SynthesisText text) => document.Version is { } number
        ? text.VersionFinalised(number, document.FinalisedAt!.Value)
        : text.DraftGenerated(document.GeneratedAt);

    internal static IEnumerable<(string Heading, IReadOnlyList<FigureRow> Rows, string KeyHeading)> FigureTables(ParticipationFigures figures, SynthesisText text) =>
    [
        (text.ByCategory, figures.ByCategory, text.CategoryColumn),
        (text.ByRegion, figures.ByRegion, text.RegionColumn),
        (text.ByCountry, figures.ByCountry, text.CountryColumn),
        (text.ByDay, figures.ByDay, text.DayColumn),
    ];
}
