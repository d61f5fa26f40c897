namespace CommunityOfPractice.Features.Membership;

/// <summary>What a member edits on <c>/profile</c>.</summary>
internal sealed class ProfileCommand
{
    public string DisplayName { get; set; } = "";
    public string? Bio { get; set; }
    public StakeholderCategory Category { get; set; }
    public string CountryCode { get; set; } = "";
    public string? Organisation { get; set; }
    public bool ShowCategory { get; set; }
    public bool ShowCountry { get; set; }
    public bool ShowOrganisation { get; set; }
    public string PreferredLanguage { get; set; } = "en";
    public string TimeZoneId { get; set; } = "UTC";
    public bool NotifyDebateOpens { get; set; }
    public bool NotifyReplies { get; set; }
    public bool NotifyWebinars { get; set; }
    public Mail.MailFrequency MailFrequency { get; set; }
    public QuotingConsent DefaultQuotingConsent { get; set; }

    public static ProfileCommand From(Data.AppUser user) => new()
    {
        DisplayName = user.DisplayName,
        Bio = user.Bio,
        Category = user.Category,
        CountryCode = user.CountryCode,
        Organisation = user.Organisation,
        ShowCategory = user.ShowCategory,
        ShowCountry = user.ShowCountry,
        ShowOrganisation = user.ShowOrganisation,
        PreferredLanguage = user.PreferredLanguage,
        TimeZoneId = user.TimeZoneId,
        NotifyDebateOpens = user.NotifyDebateOpens,
        NotifyReplies = user.NotifyReplies,
        NotifyWebinars = user.NotifyWebinars,
        MailFrequency = user.MailFrequency,
        DefaultQuotingConsent = user.DefaultQuotingConsent,
    };
}
