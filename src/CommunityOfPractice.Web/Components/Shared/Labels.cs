using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;
using Microsoft.Extensions.Localization;

namespace CommunityOfPractice.Web.Components.Shared;

/// <summary>
/// The localized names of the platform's fixed lists. Each value is named; a value no case names (a flag combination,
/// a value added later) shows as itself, never as another value's name.
/// </summary>
internal static class Labels
{
    public static string Category(IStringLocalizer L, StakeholderCategory category) => category switch
    {
        StakeholderCategory.PersonLivingWithNcd => L["Person living with an NCD"],
        StakeholderCategory.FamilyMemberOrCaregiver => L["Family member or caregiver"],
        StakeholderCategory.CivilSocietyOrganisation => L["Civil society organisation"],
        StakeholderCategory.AcademiaOrResearch => L["Academia or research"],
        StakeholderCategory.GovernmentOrPublicSector => L["Government or public sector"],
        StakeholderCategory.InternationalOrganisation => L["International organisation"],
        StakeholderCategory.Other => L["Other"],
        _ => category.ToString(),
    };

    public static string Area(IStringLocalizer L, NcdAreas area) => area switch
    {
        NcdAreas.Cancer => L["Cancer"],
        NcdAreas.CardiovascularDisease => L["Cardiovascular disease"],
        NcdAreas.Diabetes => L["Diabetes"],
        NcdAreas.ChronicRespiratoryDisease => L["Chronic respiratory disease"],
        NcdAreas.MentalHealth => L["Mental health"],
        NcdAreas.Other => L["Other"],
        _ => area.ToString(),
    };

    public static IEnumerable<NcdAreas> EachArea { get; } = Enum.GetValues<NcdAreas>().Where(a => a != NcdAreas.None).ToList();

    public static string Region(IStringLocalizer L, WhoRegion region) => region switch
    {
        WhoRegion.Africa => L["African Region"],
        WhoRegion.Americas => L["Region of the Americas"],
        WhoRegion.SouthEastAsia => L["South-East Asia Region"],
        WhoRegion.Europe => L["European Region"],
        WhoRegion.EasternMediterranean => L["Eastern Mediterranean Region"],
        WhoRegion.WesternPacific => L["Western Pacific Region"],
        _ => region.ToString(),
    };

    public static string Frequency(IStringLocalizer L, CommunityOfPractice.Features.Mail.MailFrequency frequency) => frequency switch
    {
        CommunityOfPractice.Features.Mail.MailFrequency.Immediate => L["Each one as it happens"],
        CommunityOfPractice.Features.Mail.MailFrequency.Daily => L["A daily digest"],
        CommunityOfPractice.Features.Mail.MailFrequency.Weekly => L["A weekly digest, on Mondays"],
        CommunityOfPractice.Features.Mail.MailFrequency.Never => L["Never"],
        _ => frequency.ToString(),
    };

    public static string Consent(IStringLocalizer L, QuotingConsent consent) => consent switch
    {
        QuotingConsent.QuoteWithName => L["Quote me with my name"],
        QuotingConsent.QuoteAnonymously => L["Quote me anonymously"],
        QuotingConsent.DoNotQuote => L["Do not quote me"],
        _ => consent.ToString(),
    };

    public static string Status(IStringLocalizer L, ApplicationStatus status) => status switch
    {
        ApplicationStatus.AwaitingEmailConfirmation => L["Waiting for you to confirm your email address"],
        ApplicationStatus.Pending => L["With the moderators"],
        ApplicationStatus.InformationRequested => L["A moderator asked you a question"],
        ApplicationStatus.Approved => L["Approved"],
        ApplicationStatus.Rejected => L["Not accepted"],
        _ => status.ToString(),
    };

    public static string Language(string code) => code switch
    {
        "en" => "English",
        "fr" => "Français",
        "es" => "Español",
        _ => code,
    };

    public static string Country(string? code)
    {
        var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return CountryCatalog.Find(code)?.Name(language) ?? code ?? "";
    }

    /// <summary>
    /// The countries sorted by their name in the reader's language, sorted once per culture: a culture-aware sort of the
    /// whole catalog on every render of a form or filter cost more than the rest of the directory page's rendering.
    /// </summary>
    public static IReadOnlyList<Country> CountriesByName() => CountriesByCulture.GetOrAdd(System.Globalization.CultureInfo.CurrentUICulture.Name, _ =>
    {
        var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var comparer = StringComparer.Create(System.Globalization.CultureInfo.CurrentUICulture, ignoreCase: true);
        return CountryCatalog.All.OrderBy(c => c.Name(language), comparer).ToList();
    });

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<Country>> CountriesByCulture = new();

    public static IReadOnlyList<string> TimeZones { get; } = TimeZoneInfo.GetSystemTimeZones()
        .Select(z => z.Id).Where(id => id.Contains('/') || id == "UTC").Order(StringComparer.Ordinal).ToList();
}
