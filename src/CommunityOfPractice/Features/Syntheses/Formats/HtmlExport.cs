using System.Text;
using System.Text.RegularExpressions;
using CommunityOfPractice.Features.Content;
using static System.Net.WebUtility;

namespace CommunityOfPractice.Features.Syntheses.Formats;

/// <summary>
/// A self-contained, print-ready HTML page. Written text goes through the same Markdown pipeline and sanitizer as
/// everything else; only the footnote links are added afterwards, by this class.
/// </summary>
internal static partial class HtmlExport
{
    [GeneratedRegex(@"\[\^(\d+)\]")]
    private static partial Regex FootnoteMarker();

    // On screen a readable column; printed (Ctrl+P, "Save as PDF"), an A4 page with margins, page numbers, and
    // nothing cut: long addresses wrap, a table row or a quote never splits, a heading stays with what follows.
    private const string Style = """
        body{font-family:Georgia,"Times New Roman",serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#111;overflow-wrap:anywhere}
        h1{font-size:1.8rem}h2{font-size:1.35rem;margin-top:2rem;border-bottom:1px solid #999}h3{font-size:1.1rem}
        table{border-collapse:collapse;margin:.5rem 0 1rem;max-width:100%}th,td{border:1px solid #999;padding:.2rem .5rem;text-align:left}td.n{text-align:right}
        blockquote{margin:1rem 0;padding-left:1rem;border-left:3px solid #999}.by{font-style:italic}.status,.publisher{color:#444}
        img{max-width:100%}pre{white-space:pre-wrap}
        .visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
        @page{size:A4;margin:20mm 18mm 22mm}
        @page{@bottom-center{content:counter(page) " / " counter(pages);font:9pt Georgia,serif;color:#444}}
        @media print{body{margin:0;padding:0;max-width:none;font-size:11pt}h1,h2,h3{break-after:avoid}tr,blockquote,li{break-inside:avoid}thead{display:table-header-group}a{color:inherit;text-decoration:none}}
        """;

    public static string Write(SynthesisDocument document, MarkdownRenderer markdown, string publisher = SynthesisOptions.DefaultPublisher)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(SynthesisText.For(document.Language).Language).Append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"author\" content=\"")
            .Append(HtmlEncode(publisher)).Append("\"><title>")
            .Append(HtmlEncode(document.Title)).Append("</title><style>").Append(Style).Append("</style></head><body><main>\n");
        html.Append("<p class=\"publisher\">").Append(HtmlEncode(publisher)).Append("</p>\n");
        Body(html, document, markdown, headingLevel: 1);
        html.Append("</main></body></html>\n");
        return html.ToString();
    }

    /// <summary>The document's content without the page around it, for a preview whose title is a heading of <paramref name="headingLevel"/>.</summary>
    public static string Fragment(SynthesisDocument document, MarkdownRenderer markdown, int headingLevel)
    {
        var html = new StringBuilder();
        Body(html, document, markdown, headingLevel);
        return html.ToString();
    }

    private static void Body(StringBuilder html, SynthesisDocument document, MarkdownRenderer markdown, int headingLevel)
    {
        var h1 = $"h{headingLevel}";
        var h2 = $"h{headingLevel + 1}";
        var h3 = $"h{headingLevel + 2}";
        var text = SynthesisText.For(document.Language);
        html.Append('<').Append(h1).Append('>').Append(HtmlEncode(document.Title)).Append("</").Append(h1).Append(">\n");
        html.Append("<p class=\"status\">").Append(HtmlEncode(SynthesisFormats.Status(document, text))).Append("</p>\n");

        html.Append('<').Append(h2).Append('>').Append(HtmlEncode(text.TheDebate)).Append("</").Append(h2).Append(">\n<p><strong>").Append(HtmlEncode(document.Debate.Title)).Append("</strong>, ")
            .Append(HtmlEncode(text.Period(document.Debate.OpensAt, document.Debate.ClosesAt))).Append("</p>\n");
        html.Append(markdown.ToSafeHtml(document.Debate.Summary));
        if (document.Webinar is { } webinar)
        {
            html.Append("<p>").Append(HtmlEncode(SynthesisFormats.WebinarLine(webinar, text))).Append(", ").Append(HtmlEncode(text.DateTime(webinar.StartsAt)));
            if (webinar.RecordingUrl is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                html.Append(" (<a href=\"").Append(HtmlEncode(uri.AbsoluteUri)).Append("\">").Append(HtmlEncode(text.Recording)).Append("</a>)");
            }
            html.Append(".</p>\n");
        }
        if (document.GuidingQuestions.Count > 0)
        {
            html.Append('<').Append(h2).Append('>').Append(HtmlEncode(text.GuidingQuestions)).Append("</").Append(h2).Append(">\n<ol>");
            foreach (var question in document.GuidingQuestions)
            {
                html.Append("<li>").Append(HtmlEncode(question)).Append("</li>");
            }
            html.Append("</ol>\n");
        }

        html.Append('<').Append(h2).Append('>').Append(HtmlEncode(text.Participation)).Append("</").Append(h2).Append(">\n<p>").Append(HtmlEncode(text.Overview(document.Figures))).Append("</p>\n");
        foreach (var (heading, rows, keyHeading) in SynthesisFormats.FigureTables(document.Figures, text))
        {
            html.Append('<').Append(h3).Append('>').Append(HtmlEncode(heading)).Append("</").Append(h3).Append(">\n<table><caption class=\"visually-hidden\">").Append(HtmlEncode(heading))
                .Append("</caption><thead><tr><th scope=\"col\">").Append(HtmlEncode(keyHeading)).Append("</th><th scope=\"col\">").Append(HtmlEncode(text.ParticipantsColumn))
                .Append("</th><th scope=\"col\">").Append(HtmlEncode(text.PostsColumn)).Append("</th></tr></thead><tbody>");
            foreach (var row in rows)
            {
                html.Append("<tr><td>").Append(HtmlEncode(row.Label)).Append("</td><td class=\"n\">").Append(HtmlEncode(text.Number(row.Participants)))
                    .Append("</td><td class=\"n\">").Append(HtmlEncode(text.Number(row.Posts))).Append("</td></tr>");
            }
            html.Append("</tbody></table>\n");
        }

        var highlights = SynthesisFormats.Shown(document.Highlights);
        if (highlights.Count > 0)
        {
            html.Append('<').Append(h2).Append('>').Append(HtmlEncode(text.HighlightedContributions)).Append("</").Append(h2).Append(">\n");
        }
        foreach (var group in highlights)
        {
            html.Append('<').Append(h3).Append('>').Append(HtmlEncode(group.Question)).Append("</").Append(h3).Append(">\n");
            foreach (var quote in group.Quotes)
            {
                html.Append("<blockquote>").Append(markdown.ToSafeHtml(quote.Text)).Append("<p class=\"by\">— ").Append(HtmlEncode(quote.Attribution)).Append("</p></blockquote>\n");
            }
            if (group.NotQuoted > 0)
            {
                html.Append("<p><em>").Append(HtmlEncode(text.NotQuoted(group.NotQuoted))).Append("</em></p>\n");
            }
        }

        foreach (var section in document.Sections)
        {
            html.Append('<').Append(h2).Append('>').Append(HtmlEncode(section.Heading)).Append("</").Append(h2).Append(">\n");
            var body = markdown.ToSafeHtml(section.Markdown);
            html.Append(body.Length == 0 ? $"<p><em>{HtmlEncode(text.Empty)}</em></p>" : FootnoteMarker().Replace(body, m => $"<sup id=\"ref-{m.Groups[1].Value}\"><a href=\"#fn-{m.Groups[1].Value}\">{m.Groups[1].Value}</a></sup>")).Append('\n');
        }
        if (document.Footnotes.Count > 0)
        {
            html.Append('<').Append(h2).Append('>').Append(HtmlEncode(text.Notes)).Append("</").Append(h2).Append(">\n<ol>");
            foreach (var footnote in document.Footnotes)
            {
                html.Append("<li id=\"fn-").Append(footnote.Number).Append("\">").Append(HtmlEncode(text.Footnote(footnote))).Append(" <a href=\"#ref-").Append(footnote.Number).Append("\" aria-label=\"").Append(HtmlEncode(text.BackToText)).Append("\">↩</a></li>");
            }
            html.Append("</ol>\n");
        }
    }
}
