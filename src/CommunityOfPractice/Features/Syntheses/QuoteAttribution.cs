using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Syntheses;

/// <summary>Describes an author without naming them, in English: "a person living with diabetes, Africa region" (the standards' round reports; a synthesis uses its own language's <see cref="SynthesisText"/>).</summary>
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
