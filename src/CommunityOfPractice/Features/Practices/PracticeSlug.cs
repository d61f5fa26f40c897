using System.Globalization;
using System.Text;
using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Practices;

/// <summary>Readable addresses from titles: "Santé & co-design!" becomes <c>sante-co-design</c>.</summary>
internal static class PracticeSlug
{
    /// <summary>Words of <c>/practices/…</c> that are pages, not entries.</summary>
    public static IReadOnlySet<string> Reserved { get; } = new HashSet<string> { "submit", "mine", "feed", "search", "api", "new" };

    public const int MaxLength = 80;

    public static string From(string title)
    {
        var builder = new StringBuilder();
        foreach (var c in Fold(title))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
            if (builder.Length >= MaxLength)
            {
                break;
            }
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 || Reserved.Contains(slug) ? "practice" + (slug.Length == 0 ? "" : "-" + slug) : slug;
    }

    /// <summary>Lower case without diacritics, the way the search folds text.</summary>
    public static string Fold(string text)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    public static async Task<string> UniqueAsync(CommunityDbContext db, string title, int practiceId, CancellationToken cancellationToken)
    {
        var slug = From(title);
        var taken = await db.Practices.Where(p => p.Id != practiceId && (p.Slug == slug || p.Slug.StartsWith(slug + "-"))).Select(p => p.Slug).ToListAsync(cancellationToken);
        if (!taken.Contains(slug))
        {
            return slug;
        }
        for (var n = 2; ; n++)
        {
            if (!taken.Contains($"{slug}-{n}"))
            {
                return $"{slug}-{n}";
            }
        }
    }
}
