using System.Text;

namespace CommunityOfPractice.Features.Syntheses.Formats;

/// <summary>
/// The synthesis as one Markdown file, citations as Markdown footnotes. Every text a person wrote (titles, summaries,
/// questions, quotes, names, sections) has its HTML escaped (<c>&lt;</c> and <c>&amp;</c>): a Markdown tool that
/// renders raw HTML shows a member's <c>&lt;script&gt;</c> as text instead of running it. Their Markdown stays.
/// </summary>
internal static class MarkdownExport
{
    public static string Write(SynthesisDocument document)
    {
        var text = SynthesisText.For(document.Language);
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Line(document.Title)).AppendLine();
        md.Append('_').Append(SynthesisFormats.Status(document, text)).AppendLine("_").AppendLine();

        md.Append("## ").AppendLine(text.TheDebate).AppendLine();
        md.Append("**").Append(Line(document.Debate.Title)).Append("**, ").AppendLine(text.Period(document.Debate.OpensAt, document.Debate.ClosesAt)).AppendLine();
        if (document.Debate.Summary.Length > 0)
        {
            md.AppendLine(Escaped(document.Debate.Summary.Trim())).AppendLine();
        }
        if (document.Webinar is { } webinar)
        {
            md.Append(Line(SynthesisFormats.WebinarLine(webinar, text))).Append(", ").Append(text.DateTime(webinar.StartsAt));
            md.AppendLine(webinar.RecordingUrl is { } url ? $" ([{text.Recording}](<{url}>))." : ".").AppendLine();
        }
        if (document.GuidingQuestions.Count > 0)
        {
            md.Append("## ").AppendLine(text.GuidingQuestions).AppendLine();
            for (var i = 0; i < document.GuidingQuestions.Count; i++)
            {
                md.Append(i + 1).Append(". ").AppendLine(Line(document.GuidingQuestions[i]));
            }
            md.AppendLine();
        }

        md.Append("## ").AppendLine(text.Participation).AppendLine().AppendLine(text.Overview(document.Figures)).AppendLine();
        foreach (var (heading, rows, keyHeading) in SynthesisFormats.FigureTables(document.Figures, text))
        {
            md.Append("### ").AppendLine(heading).AppendLine();
            md.Append("| ").Append(keyHeading).Append(" | ").Append(text.ParticipantsColumn).Append(" | ").Append(text.PostsColumn).AppendLine(" |").AppendLine("|---|---:|---:|");
            foreach (var row in rows)
            {
                md.Append("| ").Append(Cell(row.Label)).Append(" | ").Append(text.Number(row.Participants)).Append(" | ").Append(text.Number(row.Posts)).AppendLine(" |");
            }
            md.AppendLine();
        }

        var highlights = SynthesisFormats.Shown(document.Highlights);
        if (highlights.Count > 0)
        {
            md.Append("## ").AppendLine(text.HighlightedContributions).AppendLine();
        }
        foreach (var group in highlights)
        {
            md.Append("### ").AppendLine(Line(group.Question)).AppendLine();
            foreach (var quote in group.Quotes)
            {
                foreach (var line in Escaped(quote.Text.Trim()).Split('\n'))
                {
                    md.Append("> ").AppendLine(line.TrimEnd('\r'));
                }
                md.AppendLine(">").Append("> — ").AppendLine(Line(quote.Attribution)).AppendLine();
            }
            if (group.NotQuoted > 0)
            {
                md.Append('_').Append(text.NotQuoted(group.NotQuoted)).AppendLine("_").AppendLine();
            }
        }

        foreach (var section in document.Sections)
        {
            md.Append("## ").AppendLine(section.Heading).AppendLine();
            md.AppendLine(section.Markdown.Trim().Length > 0 ? Escaped(section.Markdown.Trim()) : $"_{text.Empty}_").AppendLine();
        }
        if (document.Footnotes.Count > 0)
        {
            foreach (var footnote in document.Footnotes)
            {
                md.Append("[^").Append(footnote.Number).Append("]: ").AppendLine(Line(text.Footnote(footnote)));
            }
        }
        return md.ToString();
    }

    private static string Line(string text) => Escaped(text).ReplaceLineEndings(" ");

    /// <summary>No tag and no entity of a person's text reaches a renderer as HTML; Markdown's own syntax is left as it is.</summary>
    private static string Escaped(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);

    private static string Cell(string text) => Line(text).Replace("|", "\\|", StringComparison.Ordinal);
}
