using System.Globalization;
using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Syntheses;

/// <summary>
/// Counts participants and posts of a debate, overall and by category, WHO region, country and day (UTC), labelled in
/// the synthesis's language. Days keep their ISO form (2026-03-12) in every language.
/// </summary>
internal static class Participation
{
    public static ParticipationFigures Count(IEnumerable<DebateContribution> contributions, SynthesisText text)
    {
        var counted = contributions.Where(c => c.Counts).ToList();
        var fromPeopleLiving = counted.Count(c => c.Category == StakeholderCategory.PersonLivingWithNcd);
        return new ParticipationFigures(
            counted.Select(c => c.AuthorId).Distinct().Count(),
            counted.Count,
            fromPeopleLiving,
            counted.Count == 0 ? 0 : Math.Round(100.0 * fromPeopleLiving / counted.Count, 1),
            Rows(counted, c => c.Category.ToString(), c => text.Category(c.Category), text.Culture),
            Rows(counted, c => c.Region?.ToString() ?? "Unknown", c => c.Region is { } r ? text.Region(r) : text.Unknown, text.Culture),
            Rows(counted, c => CountryCatalog.Find(c.CountryCode)?.Code ?? "", c => text.Country(c.CountryCode), text.Culture),
            Rows(counted, c => c.At.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c => c.At.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), byPostsIn: null));
    }

    /// <summary>Rows by posts, then by label as <paramref name="byPostsIn"/> sorts it; or, without a culture, days in order.</summary>
    private static List<FigureRow> Rows(List<DebateContribution> counted, Func<DebateContribution, string> key, Func<DebateContribution, string> label, CultureInfo? byPostsIn)
    {
        var rows = counted.GroupBy(key, StringComparer.Ordinal)
            .Select(g => new FigureRow(g.Key, label(g.First()), g.Select(c => c.AuthorId).Distinct().Count(), g.Count()));
        return byPostsIn is not null
            ? rows.OrderByDescending(r => r.Posts).ThenBy(r => r.Label, StringComparer.Create(byPostsIn, ignoreCase: false)).ToList()
            : rows.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
    }
}
