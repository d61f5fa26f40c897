using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Content;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Standards;

/// <summary>Checks a body and cuts it into the numbered sections and paragraphs of a version, against the document's history.</summary>
internal static class StandardVersionText
{
    /// <summary>The refusal for a body, or null when it can be a version.</summary>
    public static FieldError? Check(string? body)
    {
        var text = body?.Trim() ?? "";
        if (text.Length == 0)
        {
            return new FieldError("Body", "Write the text of the standard.");
        }
        var words = StandardOutline.CountWords(text);
        if (words > StandardDocument.MaxWords || text.Length > StandardDocument.BodyLength)
        {
            return new FieldError("Body", "A standard can have at most {0} words; this one has {1}.", StandardDocument.MaxWords, words);
        }
        var outline = StandardOutline.Parse(text);
        if (outline.Sum(s => s.Paragraphs.Count) == 0)
        {
            return new FieldError("Body", "The standard needs at least one paragraph under its headings.");
        }
        if (outline.Any(s => s.Heading.Length > StandardSection.HeadingLength))
        {
            return new FieldError("Body", "A heading can be at most {0} characters.", StandardSection.HeadingLength);
        }
        return null;
    }

    /// <summary>Fills <paramref name="version"/>'s sections and paragraphs, numbered against the document's earlier versions.</summary>
    public static async Task NumberAsync(CommunityDbContext db, MarkdownRenderer markdown, StandardVersion version, int? documentId, CancellationToken cancellationToken)
    {
        var history = NumberingHistory.None;
        if (documentId is { } id)
        {
            var earlier = await db.StandardVersions.AsNoTracking().Where(v => v.DocumentId == id && v.Id != version.Id)
                .OrderBy(v => v.Number).Select(v => v.Id).ToListAsync(cancellationToken);
            if (earlier.Count > 0)
            {
                var sections = await db.StandardSections.AsNoTracking().Where(s => earlier.Contains(s.VersionId)).ToListAsync(cancellationToken);
                var paragraphs = await db.StandardParagraphs.AsNoTracking().Where(p => earlier.Contains(p.VersionId)).ToListAsync(cancellationToken);
                history = new NumberingHistory(
                    Numbered(earlier[^1], sections, paragraphs),
                    sections.Select(s => s.Number).ToHashSet(StringComparer.Ordinal),
                    paragraphs.Select(p => p.Number).ToHashSet(StringComparer.Ordinal));
            }
        }
        var numbered = ParagraphNumbering.Number(StandardOutline.Parse(version.Markdown), history);
        version.Sections.Clear();
        version.Paragraphs.Clear();
        var order = 0;
        foreach (var (section, index) in numbered.Select((s, i) => (s, i)))
        {
            var entity = new StandardSection { Number = section.Number, Key = section.Key, Heading = section.Heading, Level = section.Level, Order = index };
            version.Sections.Add(entity);
            foreach (var paragraph in section.Paragraphs)
            {
                version.Paragraphs.Add(new StandardParagraph
                {
                    Number = paragraph.Number,
                    Key = paragraph.Key,
                    Markdown = paragraph.Markdown,
                    Html = markdown.ToSafeHtml(paragraph.Markdown),
                    Order = order++,
                    Section = entity,
                });
            }
        }
    }

    /// <summary>A stored version as numbering reads it.</summary>
    public static IReadOnlyList<NumberedSection> Numbered(int versionId, IEnumerable<StandardSection> sections, IEnumerable<StandardParagraph> paragraphs)
    {
        var bySection = paragraphs.Where(p => p.VersionId == versionId).OrderBy(p => p.Order).ToLookup(p => p.SectionId);
        return sections.Where(s => s.VersionId == versionId).OrderBy(s => s.Order)
            .Select(s => new NumberedSection(s.Number, s.Key, s.Heading, s.Level, bySection[s.Id].Select(p => new NumberedParagraph(p.Number, p.Key, p.Markdown)).ToList()))
            .ToList();
    }
}
