using Markdig;
using Markdig.Syntax;

namespace CommunityOfPractice.Features.Standards;

/// <summary>
/// Cuts a standard's Markdown body into sections and paragraphs. Level-1 and level-2 headings (<c>#</c>, <c>##</c>)
/// open sections; every other top-level block is one paragraph: a run of lines, a whole list, a whole quote, a code
/// block, a table, a deeper heading. Text before the first heading is section "0". Horizontal rules carry no text and
/// are dropped.
/// </summary>
internal static class StandardOutline
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseListExtras().DisableHtml().Build();

    public static IReadOnlyList<OutlineSection> Parse(string markdown)
    {
        var text = markdown.ReplaceLineEndings("\n");
        var sections = new List<OutlineSection>();
        var heading = "";
        var level = 0;
        var paragraphs = new List<string>();
        foreach (var block in Markdown.Parse(text, Pipeline))
        {
            if (block is HeadingBlock { Level: <= 2 } opening)
            {
                if (level != 0 || paragraphs.Count > 0)
                {
                    sections.Add(new OutlineSection(heading, level, paragraphs));
                }
                heading = HeadingText(opening, text);
                level = opening.Level;
                paragraphs = [];
                continue;
            }
            if (block is ThematicBreakBlock or LinkReferenceDefinitionGroup or BlankLineBlock)
            {
                continue;
            }
            var source = text.Substring(block.Span.Start, block.Span.Length).Trim();
            if (source.Length > 0)
            {
                paragraphs.Add(source);
            }
        }
        if (level != 0 || paragraphs.Count > 0)
        {
            sections.Add(new OutlineSection(heading, level, paragraphs));
        }
        return sections;
    }

    /// <summary>Words as a reader counts them: runs of characters between spaces.</summary>
    public static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord)
            {
                words++;
            }
            inWord = !isSpace;
        }
        return words;
    }

    private static string HeadingText(HeadingBlock heading, string text)
    {
        var source = text.Substring(heading.Span.Start, heading.Span.Length);
        if (heading.IsSetext)
        {
            return source.Split('\n')[0].Trim();
        }
        return source.Trim().TrimStart('#').TrimEnd('#').Trim();
    }
}
