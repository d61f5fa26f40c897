using System.Net.Mail;
using CommunityOfPractice.Features.Geography;

namespace CommunityOfPractice.Features.Membership;

/// <summary>Field rules shared by the join form and the profile.</summary>
internal static class ProfileRules
{
    public const int DisplayNameMax = 80;
    public const int MotivationMax = 4000;
    public const int BioMax = 4000;
    public const int OrganisationMax = 200;
    public const int LegalNameMax = 160;

    public static void CheckDisplayName(string? value, List<FieldError> errors, string field = "DisplayName")
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, "Enter the name others will see (a pseudonym is fine)."));
        }
        else if (value.Trim().Length > DisplayNameMax)
        {
            errors.Add(new(field, "The display name must be at most {0} characters.", DisplayNameMax));
        }
    }

    public static void CheckCountry(string? code, List<FieldError> errors, string field = "CountryCode")
    {
        if (CountryCatalog.Find(code) is null)
        {
            errors.Add(new(field, "Choose your country from the list."));
        }
    }

    public static void CheckLanguageAndZone(string? language, string? timeZoneId, List<FieldError> errors)
    {
        if (!Languages.IsSupported(language))
        {
            errors.Add(new("PreferredLanguage", "Choose English, French or Spanish."));
        }
        if (string.IsNullOrWhiteSpace(timeZoneId) || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _))
        {
            errors.Add(new("TimeZoneId", "Choose a time zone from the list."));
        }
    }

    public static void CheckOrganisation(string? value, List<FieldError> errors)
    {
        if (value is not null && value.Trim().Length > OrganisationMax)
        {
            errors.Add(new("Organisation", "The organisation must be at most {0} characters.", OrganisationMax));
        }
    }

    public static bool IsEmail(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 254)
        {
            return false;
        }
        return MailAddress.TryCreate(value.Trim(), out var address) && address.Address == value.Trim() && address.Host.Contains('.');
    }
}
