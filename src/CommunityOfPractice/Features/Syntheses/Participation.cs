using System.Globalization;
using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Syntheses;

/// <summary>Counts participants and posts of a debate, overall and by category, WHO region, country and day (UTC).</summary>
public static class Participation
{
    public static ParticipationFigures Count(IEnumerable<DebateContribution> contributions)
    {
        var counted = contributions.Where(c => c.Counts).ToList();
        var fromPeopleLiving = counted.Count(c => c.Category == StakeholderCategory.PersonLivingWithNcd);
        return new ParticipationFigures(
            counted.Select(c => c.AuthorId).Distinct().Count(),
            counted.Count,
            fromPeopleLiving,
            counted.Count == 0 ? 0 : Math.Round(100.0 * fromPeopleLiving / counted.Count, 1),
            Rows(counted, c => c.Category.ToString(), c => QuoteAttribution.CategoryName(c.Category), byPosts: true),
            Rows(counted, c => c.Region?.ToString() ?? "Unknown", c => c.Region is { } r ? QuoteAttribution.RegionName(r) : "Unknown", byPosts: true),
            Rows(counted, c => CountryCatalog.Find(c.CountryCode)?.Code ?? "", c => CountryCatalog.Find(c.CountryCode)?.NameEn ?? "Unknown", byPosts: true),
            Rows(counted, c => c.At.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c => c.At.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), byPosts: false));
    }

    private static List<FigureRow> Rows(List<DebateContribution> counted, Func<DebateContribution, string> key, Func<DebateContribution, string> label, bool byPosts)
    {
        var rows = counted.GroupBy(key, StringComparer.Ordinal)
            .Select(g => new FigureRow(g.Key, label(g.First()), g.Select(c => c.AuthorId).Distinct().Count(), g.Count()));
        return byPosts
            ? rows.OrderByDescending(r => r.Posts).ThenBy(r => r.Label, StringComparer.Ordinal).ToList()
            : rows.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
    }
}
