using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Syntheses;

/// <summary>
/// One post of a debate with what a synthesis may use of its author: never their email, legal name or bio, and their
/// stakeholder group and region only as far as their profile shows them (<paramref name="ShowsCategory"/>,
/// <paramref name="ShowsCountry"/>): a health condition a member hides is never written under their words.
/// </summary>
internal sealed record DebateContribution(
    long PostId,
    long? ParentId,
    int? QuestionId,
    PostKind Kind,
    PostStatus Status,
    QuotingConsent Consent,
    bool IsHighlighted,
    DateTimeOffset At,
    string Markdown,
    string AuthorId,
    string AuthorName,
    StakeholderCategory Category,
    NcdAreas Areas,
    string CountryCode,
    bool AuthorDeleted,
    bool ShowsCategory = true,
    bool ShowsCountry = true)
{
    /// <summary>What counts in the figures: published posts of members, whatever their quoting consent.</summary>
    public bool Counts => Kind == PostKind.Member && Status == PostStatus.Published;

    public WhoRegion? Region => CountryCatalog.Find(CountryCode)?.Region;

    /// <summary>The group as the author lets others see it; null when their profile hides it.</summary>
    public StakeholderCategory? VisibleCategory => ShowsCategory ? Category : null;

    /// <summary>The region as the author lets others see it; null when their profile hides their country.</summary>
    public WhoRegion? VisibleRegion => ShowsCountry ? Region : null;

    /// <summary>How the author is credited under a quote, in a document written in <paramref name="text"/>'s language; null when they may not be quoted.</summary>
    public string? AttributionIn(SynthesisText text) => QuoteAttribution.Of(Consent, AuthorName, AuthorDeleted, VisibleCategory, Areas, VisibleRegion, text);

    /// <summary>The text that may be quoted: only a published post whose author agreed to be quoted.</summary>
    public bool MayBeQuoted => Status == PostStatus.Published && Consent != QuotingConsent.DoNotQuote;
}
