using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Syntheses;

namespace CommunityOfPractice.Features.Standards;

/// <summary>Counts a round's contributions, overall and by stakeholder category and WHO region, as the synthesis counts a debate's posts.</summary>
internal static class RoundParticipation
{
    public static RoundFigures Count(IEnumerable<RoundContribution> contributions)
    {
        var counted = contributions.Where(c => c.IsPublished).ToList();
        var fromPeopleLiving = counted.Where(c => c.Category == StakeholderCategory.PersonLivingWithNcd).ToList();
        return new RoundFigures(
            counted.Count(c => !c.IsProposal),
            counted.Count(c => c.IsProposal),
            counted.Select(c => c.AuthorId).Distinct().Count(),
            fromPeopleLiving.Select(c => c.AuthorId).Distinct().Count(),
            counted.Count == 0 ? 0 : Math.Round(100.0 * fromPeopleLiving.Count / counted.Count, 1),
            Group(counted, c => c.Category.ToString(), c => QuoteAttribution.CategoryName(c.Category)),
            Group(counted, c => c.Region?.ToString() ?? "Unknown", c => c.Region is { } r ? QuoteAttribution.RegionName(r) : "Unknown"),
            counted.Where(c => c.MayBeQuoted).ToList());
    }

    private static List<FigureRow> Group(List<RoundContribution> counted, Func<RoundContribution, string> key, Func<RoundContribution, string> label) =>
        counted.GroupBy(key, StringComparer.Ordinal)
            .Select(g => new FigureRow(g.Key, label(g.First()), g.Select(c => c.AuthorId).Distinct().Count(), g.Count()))
            .OrderByDescending(r => r.Posts).ThenBy(r => r.Label, StringComparer.Ordinal)
            .ToList();
}
