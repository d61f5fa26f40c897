using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Syntheses;

/// <summary>
/// How an author is credited under a quote: by name, described without a name ("a person living with diabetes, Africa
/// region"), or not at all. The words are a synthesis's own (<see cref="SynthesisText"/>), English unless a language is given.
/// </summary>
internal static class QuoteAttribution
{
    /// <summary>How an author is credited under a quote of theirs, or null when they may not be quoted.</summary>
    public static string? Of(QuotingConsent consent, string authorName, bool authorDeleted, StakeholderCategory? visibleCategory, NcdAreas areas,
        WhoRegion? visibleRegion, SynthesisText? text = null) => consent switch
    {
        QuotingConsent.DoNotQuote => null,
        QuotingConsent.QuoteWithName when !authorDeleted => authorName,
        _ => (text ?? SynthesisText.English).Anonymised(visibleCategory, areas, visibleRegion),
    };

    public static string CategoryName(StakeholderCategory category) => SynthesisText.English.Category(category);

    public static string RegionName(WhoRegion region) => SynthesisText.English.Region(region);
}
