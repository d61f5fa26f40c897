using Markdig;
using System.Text.RegularExpressions;
using CommunityOfPractice.Features.Syntheses;
using CommunityOfPractice.Features.Syntheses.Formats;

namespace CommunityOfPractice.Tests.Syntheses;

/// <summary>
/// The Markdown export read as its readers' tools read it: a Markdown renderer that lets raw HTML through (Markdig's
/// default pipeline, like many editors and static-site tools) must find no HTML of a member's in it.
/// </summary>
public sealed partial class MarkdownExportTests
{
    private static readonly IReadOnlyList<string> Hostile = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Content", "hostile-markdown.txt"))
        .Select(line => line.Replace("\\n", "\n", StringComparison.Ordinal))
        .ToList();

    [Fact]
    public void No_member_written_HTML_reaches_a_Markdown_renderer_as_HTML()
    {
        var markdown = MarkdownExport.Write(Document());

        var html = Markdig.Markdown.ToHtml(markdown);

        Assert.DoesNotMatch(RawElements(), html);
        Assert.DoesNotMatch(EventOrStyleAttributes(), html);
        // Shown, not run: the text is still there for the reader.
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public void Markdown_written_by_members_and_the_coordinating_body_stays_Markdown()
    {
        var document = Document() with
        {
            Sections = [new SectionText(SynthesisSection.Summary, "Summary", "People living with NCDs asked for **seats** & *budgets*[^1].")],
        };

        var html = Markdig.Markdown.ToHtml(MarkdownExport.Write(document), new Markdig.MarkdownPipelineBuilder().UseFootnotes().Build());

        Assert.Contains("<strong>seats</strong> &amp; <em>budgets</em>", html);
        Assert.Contains("class=\"footnote-ref\"", html);
    }

    private static SynthesisDocument Document()
    {
        var now = new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
        var corpus = string.Join("\n\n", Hostile);
        return new SynthesisDocument(
            1, 1, now, now,
            "<script>alert(1)</script> Synthesis",
            new DebateDetails(1, "<img src=x onerror=alert(1)> Debate", corpus, now.AddDays(-3), now),
            null,
            Hostile,
            new ParticipationFigures(2, 3, 1, 33.3, [new FigureRow("KE", "<svg onload=alert(1)>", 1, 2)], [], [], []),
            [new QuestionHighlights("<iframe src=\"https://evil.example\"></iframe>", Hostile.Select((line, i) => new Quote(i + 1, line, "<b onmouseover=alert(1)>Amina W.</b>")).ToList(), 1)],
            [new SectionText(SynthesisSection.Summary, "Summary", corpus + "[^1]")],
            Hostile.Select((line, i) => new Footnote(i + 1, i + 1, line, "<script>alert(1)</script>")).ToList());
    }

    /// <summary>Elements only raw HTML can make: Markdown itself makes none of these.</summary>
    [GeneratedRegex(@"<\s*/?\s*(script|iframe|object|embed|svg|style|div|span|form|input|base|meta|link|b|i|u|font|body|html)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RawElements();

    [GeneratedRegex(@"<[^>]*\s(on[a-z]+|style)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventOrStyleAttributes();
}
