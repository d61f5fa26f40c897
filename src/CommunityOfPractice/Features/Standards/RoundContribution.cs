using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Syntheses;

namespace CommunityOfPractice.Features.Standards;

/// <summary>
/// A comment or proposal of a round with what a report may use of its author, on the synthesis's rules: counted whatever
/// the consent, quoted only with it, and described only as far as the author's profile shows.
/// </summary>
internal sealed record RoundContribution(
    long Id,
    bool IsProposal,
    bool IsPublished,
    QuotingConsent Consent,
    string Text,
    string AuthorId,
    string AuthorName,
    StakeholderCategory Category,
    NcdAreas Areas,
    string CountryCode,
    bool AuthorDeleted,
    bool ShowsCategory,
    bool ShowsCountry)
{
    public WhoRegion? Region => CountryCatalog.Find(CountryCode)?.Region;

    /// <summary>How the author is credited under a quote, or null when they asked not to be quoted.</summary>
    public string? Attribution => QuoteAttribution.Of(Consent, AuthorName, AuthorDeleted, ShowsCategory ? Category : null, Areas, ShowsCountry ? Region : null);

    public bool MayBeQuoted => IsPublished && Attribution is not null;
}
