using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CommunityOfPractice.Features.Syntheses.Formats;

/// <summary>
/// Markdown as Word formatting, read by Markdig as the pages read it: bold, italic, links (their text, then the
/// address), lists, block quotes and headings become Word's, so no <c>*</c>, <c>**</c>, <c>_</c> or <c>[…](…)</c>
/// is left in the text. Raw HTML stays as typed: in Word it is text, never markup. Footnote markers (<c>[^n]</c>)
/// become references to the document's notes where notes are given (the sections); elsewhere they stay text.
/// </summary>
internal static partial class WordMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    // Markdig would read "[^1]" as brackets around text; a marker is put out of its sight first.
    private const char MarkerStart = '\uE000';
    private const char MarkerEnd = '\uE001';

    public static List<Paragraph> Paragraphs(string markdown, string? style, WordNotes? notes)
    {
        var document = Markdown.Parse(FootnoteMarker().Replace(markdown, match => $"{MarkerStart}{match.Groups[1].Value}{MarkerEnd}"), Pipeline);
        var paragraphs = new List<Paragraph>();
        Blocks(document, style, notes, paragraphs);
        return paragraphs;
    }

    private static void Blocks(ContainerBlock container, string? style, WordNotes? notes, List<Paragraph> output)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    output.Add(Paragraph("Heading3", heading.Inline, notes));
                    break;
                case ParagraphBlock paragraph:
                    output.Add(Paragraph(style, paragraph.Inline, notes));
                    break;
                case ListBlock list:
                    var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        var first = output.Count;
                        Blocks(item, "ListParagraph", notes, output);
                        if (output.Count > first)
                        {
                            var marker = new Run(DocxExport.Text(list.IsOrdered ? $"{number}. " : "• "));
                            if (output[first].ParagraphProperties is { } properties)
                            {
                                properties.InsertAfterSelf(marker);
                            }
                            else
                            {
                                output[first].PrependChild(marker);
                            }
                        }
                        number++;
                    }
                    break;
                case QuoteBlock quote:
                    Blocks(quote, "Quote", notes, output);
                    break;
                case ContainerBlock other:
                    Blocks(other, style, notes, output);
                    break;
                case LeafBlock { Lines.Count: > 0 } leaf:
                    // Code and raw HTML blocks: their lines as typed.
                    output.AddRange(leaf.Lines.Lines.Take(leaf.Lines.Count).Select(line => Plain(style, line.ToString(), notes)));
                    break;
            }
        }
    }

    private static Paragraph Paragraph(string? style, ContainerInline? inline, WordNotes? notes)
    {
        var paragraph = Styled(style);
        if (inline is not null)
        {
            Inlines(inline, paragraph, notes, bold: false, italic: false);
        }
        return paragraph;
    }

    private static Paragraph Plain(string? style, string text, WordNotes? notes)
    {
        var paragraph = Styled(style);
        Text(paragraph, text, notes, bold: false, italic: false);
        return paragraph;
    }

    private static Paragraph Styled(string? style) =>
        style is null ? new Paragraph() : new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));

    private static void Inlines(ContainerInline container, Paragraph paragraph, WordNotes? notes, bool bold, bool italic)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    Text(paragraph, literal.Content.ToString(), notes, bold, italic);
                    break;
                case EmphasisInline emphasis:
                    Inlines(emphasis, paragraph, notes, bold || emphasis.DelimiterCount >= 2, italic || emphasis.DelimiterCount is 1 or 3);
                    break;
                case LinkInline link:
                    Inlines(link, paragraph, notes, bold, italic);
                    if (!link.IsImage && link.Url is { Length: > 0 } url && !string.Equals(Flatten(link), url, StringComparison.Ordinal))
                    {
                        Text(paragraph, $" ({url})", notes, bold, italic);
                    }
                    break;
                case AutolinkInline autolink:
                    Text(paragraph, autolink.Url, notes, bold, italic);
                    break;
                case CodeInline code:
                    Text(paragraph, code.Content, notes, bold, italic);
                    break;
                case LineBreakInline:
                    Text(paragraph, " ", notes, bold, italic);
                    break;
                case HtmlInline html:
                    Text(paragraph, html.Tag, notes, bold, italic);
                    break;
                case HtmlEntityInline entity:
                    Text(paragraph, entity.Transcoded.ToString(), notes, bold, italic);
                    break;
                case ContainerInline other:
                    Inlines(other, paragraph, notes, bold, italic);
                    break;
            }
        }
    }

    private static string Flatten(ContainerInline container) =>
        string.Concat(container.Select(inline => inline switch
        {
            LiteralInline literal => literal.Content.ToString(),
            ContainerInline inner => Flatten(inner),
            _ => "",
        }));

    /// <summary>Text with its footnote markers turned into references; a marker with no note stays as typed.</summary>
    private static void Text(Paragraph paragraph, string text, WordNotes? notes, bool bold, bool italic)
    {
        var at = 0;
        foreach (Match match in Placeholder().Matches(text))
        {
            Run(paragraph, text[at..match.Index], bold, italic);
            if (int.TryParse(match.Groups[1].ValueSpan, out var number) && notes?.Reference(number) is { } reference)
            {
                paragraph.Append(reference);
            }
            else
            {
                Run(paragraph, $"[^{match.Groups[1].Value}]", bold, italic);
            }
            at = match.Index + match.Length;
        }
        Run(paragraph, text[at..], bold, italic);
    }

    private static void Run(Paragraph paragraph, string text, bool bold, bool italic)
    {
        if (text.Length == 0)
        {
            return;
        }
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }
        if (italic)
        {
            properties.Append(new Italic());
        }
        paragraph.Append(new Run(properties, DocxExport.Text(text)));
    }

    [GeneratedRegex(@"\[\^(\d{1,6})\]")]
    private static partial Regex FootnoteMarker();

    [GeneratedRegex("\uE000(\\d{1,6})\uE001")]
    private static partial Regex Placeholder();
}
