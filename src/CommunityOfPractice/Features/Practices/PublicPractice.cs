using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Practices;

/// <summary>What the public list shows of a published entry, and what its facets count. Never a draft.</summary>
internal sealed record PublicPractice(
    int Id,
    string Slug,
    string Title,
    string Summary,
    string Language,
    IReadOnlyList<string> Countries,
    IReadOnlySet<WhoRegion> Regions,
    NcdAreas Areas,
    InvolvementTypes Involvement,
    IReadOnlyList<int> Themes,
    IReadOnlyList<int> Years,
    DateTimeOffset PublishedAt,
    int? TranslationGroupId)
{
    // Plain arrays, computed once: facets are counted over every entry on each request, so no per-request
    // enumeration of flags, sets or interfaces.
    internal WhoRegion[] RegionArray { get; } = [.. Regions];
    internal string[] CountryArray { get; } = [.. Countries];
    internal int[] ThemeArray { get; } = [.. Themes];
    internal int[] YearArray { get; } = [.. Years];
}
