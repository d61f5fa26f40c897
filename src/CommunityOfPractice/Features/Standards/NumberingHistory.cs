namespace CommunityOfPractice.Features.Standards;

/// <summary>
/// What numbering a new version needs to know of the old ones: the previous version's numbered text, and every section
/// and paragraph number any earlier version used, so a retired number is never given to another text.
/// </summary>
internal sealed record NumberingHistory(IReadOnlyList<NumberedSection> Previous, IReadOnlySet<string> UsedSectionNumbers, IReadOnlySet<string> UsedParagraphNumbers)
{
    public static NumberingHistory None { get; } = new([], new HashSet<string>(), new HashSet<string>());
}
