using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommunityOfPractice.Features.Standards;

/// <summary>
/// Reads a Word draft (.docx) into the Markdown a standard is written in, keeping its structure: paragraphs styled as
/// headings 1 and 2 become the sections (# and ##), deeper headings ###; each other paragraph stays a paragraph, list
/// items become "- " items, bold and italic runs keep their emphasis and web links their address. Deleted tracked
/// changes, comments and empty paragraphs are left out; tables give one paragraph per cell. The style is found by its
/// built-in name ("heading 1") or outline level, so a draft written in a French or Spanish Word imports the same.
/// </summary>
internal static partial class DocxImport
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private static ReadOnlySpan<byte> ZipMagic => "PK\u0003\u0004"u8;

    public static CommandResult<ImportedDraft> Read(byte[] content)
    {
        if (content.Length > MaxBytes)
        {
            return TooLarge();
        }
        if (!content.AsSpan().StartsWith(ZipMagic))
        {
            return NotWord();
        }
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            if (document.MainDocumentPart?.Document?.Body is not { } body)
            {
                return NotWord();
            }
            return Convert(document.MainDocumentPart, body);
        }
        catch (Exception error) when (error is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException or IOException)
        {
            return NotWord();
        }
    }

    /// <summary>The refusal of a file over <see cref="MaxBytes"/>, for a caller that knows its length before reading it.</summary>
    public static CommandResult<ImportedDraft> TooLarge() =>
        CommandResult<ImportedDraft>.Failed("Document", "The Word document must be at most {0} MB.", MaxBytes / (1024 * 1024));

    private static CommandResult<ImportedDraft> NotWord() =>
        CommandResult<ImportedDraft>.Failed("Document", "This file is not a Word document (.docx). Save the draft as .docx and try again.");

    private static CommandResult<ImportedDraft> Convert(MainDocumentPart main, Body body)
    {
        var levels = HeadingLevels(main);
        var blocks = new List<string>();
        string? title = null;
        int sections = 0, paragraphs = 0;
        var inList = false;
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            var text = Inline(main, paragraph).Trim();
            if (text.Length == 0)
            {
                continue;
            }
            var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
            var level = paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value is { } outline && outline < 9 ? outline + 1 : levels.GetValueOrDefault(styleId);
            if (level == TitleLevel)
            {
                title ??= string.Concat(paragraph.Descendants<Text>().Select(t => t.Text)).Trim();
                continue;
            }
            var isItem = paragraph.ParagraphProperties?.NumberingProperties is not null || levels.GetValueOrDefault(styleId) == ListLevel;
            if (isItem && level <= 0)
            {
                // One list is one block: its items stay together as one numbered paragraph.
                if (inList)
                {
                    blocks[^1] += "\n- " + text;
                }
                else
                {
                    blocks.Add("- " + text);
                    paragraphs++;
                }
                inList = true;
                continue;
            }
            inList = false;
            if (level > 0)
            {
                blocks.Add(new string('#', Math.Min(level, 3)) + " " + Plain(paragraph));
                if (level <= 2)
                {
                    sections++;
                }
                else
                {
                    paragraphs++;
                }
                continue;
            }
            blocks.Add(text);
            paragraphs++;
        }
        if (blocks.Count == 0)
        {
            return CommandResult<ImportedDraft>.Failed("Document", "This Word document has no text to import.");
        }
        return new ImportedDraft(title, string.Join("\n\n", blocks) + "\n", sections, paragraphs);
    }

    private const int TitleLevel = -1;
    private const int ListLevel = -2;

    /// <summary>Each paragraph style's heading level (1 to 9), or the title's or a list's mark, from the styles part.</summary>
    private static Dictionary<string, int> HeadingLevels(MainDocumentPart main)
    {
        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        var styles = main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [];
        foreach (var style in styles)
        {
            if (style.StyleId?.Value is not { } id)
            {
                continue;
            }
            var name = style.StyleName?.Val?.Value?.Trim().ToLowerInvariant() ?? "";
            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } outline && outline < 9)
            {
                levels[id] = outline + 1;
            }
            else if (HeadingName().Match(name) is { Success: true } heading)
            {
                levels[id] = int.Parse(heading.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (name is "title")
            {
                levels[id] = TitleLevel;
            }
            else if (name.StartsWith("list", StringComparison.Ordinal))
            {
                levels[id] = ListLevel;
            }
        }
        // Documents without a styles part still use the built-in ids.
        for (var n = 1; n <= 9; n++)
        {
            levels.TryAdd($"Heading{n}", n);
        }
        levels.TryAdd("Title", TitleLevel);
        return levels;
    }

    private readonly record struct Segment(string Text, bool Bold, bool Italic);

    /// <summary>The paragraph's text as Markdown: emphasis, links and escaped Markdown characters.</summary>
    private static string Inline(MainDocumentPart main, Paragraph paragraph)
    {
        var text = new StringBuilder();
        var segments = new List<Segment>();
        void Flush()
        {
            text.Append(Emphasised(segments));
            segments.Clear();
        }
        foreach (var element in paragraph.ChildElements)
        {
            switch (element)
            {
                case Run run:
                    segments.Add(SegmentOf(run));
                    break;
                case Hyperlink link:
                    Flush();
                    var label = Emphasised(link.Elements<Run>().Select(SegmentOf).ToList());
                    var address = link.Id?.Value is { } id ? main.HyperlinkRelationships.FirstOrDefault(r => r.Id == id)?.Uri : null;
                    text.Append(address is { IsAbsoluteUri: true } uri && uri.Scheme is "http" or "https" or "mailto" && label.Trim().Length > 0
                        ? $"[{label.Trim()}]({uri.AbsoluteUri.Replace(")", "%29", StringComparison.Ordinal)})"
                        : label);
                    break;
                case InsertedRun or SimpleField or SdtRun:
                    segments.AddRange(element.Descendants<Run>().Select(SegmentOf));
                    break;
            }
        }
        Flush();
        var markdown = LineStartSymbol().Replace(text.ToString().TrimStart(), @"\$1");
        return LineStartNumber().Replace(markdown, @"$1\$2");
    }

    private static Segment SegmentOf(Run run)
    {
        var raw = new StringBuilder();
        foreach (var part in run.ChildElements)
        {
            raw.Append(part switch
            {
                Text value => value.Text,
                TabChar or Break or CarriageReturn => " ",
                _ => "",
            });
        }
        var properties = run.RunProperties;
        return new Segment(Special().Replace(raw.ToString(), @"\$0"),
            properties?.Bold is { } b && (b.Val is null || b.Val.Value),
            properties?.Italic is { } i && (i.Val is null || i.Val.Value));
    }

    /// <summary>
    /// Runs joined, with each stretch of equal emphasis wrapped once ("**two runs**", not "**two****runs**"), the marks
    /// hugging the words so the spaces around them stay outside.
    /// </summary>
    private static string Emphasised(IReadOnlyList<Segment> segments)
    {
        var text = new StringBuilder();
        for (var start = 0; start < segments.Count;)
        {
            var end = start;
            while (end + 1 < segments.Count && segments[end + 1].Bold == segments[start].Bold && segments[end + 1].Italic == segments[start].Italic)
            {
                end++;
            }
            var words = string.Concat(segments.Skip(start).Take(end - start + 1).Select(s => s.Text));
            var core = words.Trim();
            var (bold, italic) = (segments[start].Bold, segments[start].Italic);
            if (core.Length == 0 || (!bold && !italic))
            {
                text.Append(words);
            }
            else
            {
                var mark = bold && italic ? "***" : bold ? "**" : "*";
                var lead = words[..words.IndexOf(core, StringComparison.Ordinal)];
                text.Append(lead).Append(mark).Append(core).Append(mark).Append(words[(lead.Length + core.Length)..]);
            }
            start = end + 1;
        }
        return text.ToString();
    }

    /// <summary>A heading's or title's words, without emphasis marks.</summary>
    private static string Plain(Paragraph paragraph) =>
        Special().Replace(string.Concat(paragraph.Descendants<Text>().Select(t => t.Text)).Trim(), @"\$0");

    [GeneratedRegex(@"^heading\s*([1-9])$")]
    private static partial Regex HeadingName();

    [GeneratedRegex(@"[\\`*_\[\]<>]")]
    private static partial Regex Special();

    /// <summary>What would start a heading, a quote or a list at the start of a paragraph.</summary>
    [GeneratedRegex(@"^(#|>|[-+](?=\s))")]
    private static partial Regex LineStartSymbol();

    /// <summary>What would start a numbered list ("1. ") at the start of a paragraph: its dot is escaped.</summary>
    [GeneratedRegex(@"^(\d+)([.)])(?=\s)")]
    private static partial Regex LineStartNumber();
}
