using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Syntheses;

/// <summary>
/// One post of a debate with what a synthesis may use of its author: never their email, legal name or bio, and their
/// stakeholder group and region only as far as their profile shows them (<paramref name="ShowsCategory"/>,
/// <paramref name="ShowsCountry"/>): a health condition a member hides is never written under their words.
/// </summary>
public sealed record DebateContribution(
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

    /// <summary>How the author is credited under a quote, or null when they may not be quoted.</summary>
    public string? Attribution => QuoteAttribution.Of(Consent, AuthorName, AuthorDeleted, VisibleCategory, Areas, VisibleRegion);

    /// <summary>The text that may be quoted: only a published post whose author agreed to be quoted.</summary>
    public bool MayBeQuoted => Status == PostStatus.Published && Attribution is not null;
}

/// <summary>Describes an author without naming them: "a person living with diabetes, Africa region".</summary>
public static class QuoteAttribution
{
    public const string NotQuoted = "a participant who asked not to be quoted";

    /// <summary>How an author is credited under a quote of theirs, or null when they may not be quoted.</summary>
    public static string? Of(QuotingConsent consent, string authorName, bool authorDeleted, StakeholderCategory? visibleCategory, NcdAreas areas, WhoRegion? visibleRegion) => consent switch
    {
        QuotingConsent.DoNotQuote => null,
        QuotingConsent.QuoteWithName when !authorDeleted => authorName,
        _ => Anonymised(visibleCategory, areas, visibleRegion),
    };

    public static string Anonymised(StakeholderCategory? category, NcdAreas areas, WhoRegion? region)
    {
        var who = category switch
        {
            StakeholderCategory.PersonLivingWithNcd => "a person living with " + Condition(areas),
            StakeholderCategory.FamilyMemberOrCaregiver => "a family member or caregiver",
            StakeholderCategory.CivilSocietyOrganisation => "a civil society representative",
            StakeholderCategory.AcademiaOrResearch => "a researcher",
            StakeholderCategory.GovernmentOrPublicSector => "a government representative",
            StakeholderCategory.InternationalOrganisation => "a representative of an international organisation",
            _ => "a participant",
        };
        return region is { } known ? $"{who}, {RegionName(known)} region" : who;
    }

    private static string Condition(NcdAreas areas) =>
        areas.HasFlag(NcdAreas.Diabetes) ? "diabetes"
        : areas.HasFlag(NcdAreas.Cancer) ? "cancer"
        : areas.HasFlag(NcdAreas.CardiovascularDisease) ? "a cardiovascular disease"
        : areas.HasFlag(NcdAreas.ChronicRespiratoryDisease) ? "a chronic respiratory disease"
        : areas.HasFlag(NcdAreas.MentalHealth) ? "a mental health condition"
        : "a noncommunicable disease";

    public static string RegionName(WhoRegion region) => region switch
    {
        WhoRegion.Africa => "Africa",
        WhoRegion.Americas => "Americas",
        WhoRegion.SouthEastAsia => "South-East Asia",
        WhoRegion.Europe => "Europe",
        WhoRegion.EasternMediterranean => "Eastern Mediterranean",
        _ => "Western Pacific",
    };

    public static string CategoryName(StakeholderCategory category) => category switch
    {
        StakeholderCategory.PersonLivingWithNcd => "People living with NCDs",
        StakeholderCategory.FamilyMemberOrCaregiver => "Family members and caregivers",
        StakeholderCategory.CivilSocietyOrganisation => "Civil society",
        StakeholderCategory.AcademiaOrResearch => "Academia and research",
        StakeholderCategory.GovernmentOrPublicSector => "Government and public sector",
        StakeholderCategory.InternationalOrganisation => "International organisations",
        _ => "Other",
    };
}
