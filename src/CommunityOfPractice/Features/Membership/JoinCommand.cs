namespace CommunityOfPractice.Features.Membership;

/// <summary>What a person fills in on <c>/join</c>.</summary>
public sealed class JoinCommand
{
    public string DisplayName { get; set; } = "";
    public string? LegalName { get; set; }
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
    public StakeholderCategory? Category { get; set; }
    public NcdAreas NcdAreas { get; set; }
    public string CountryCode { get; set; } = "";
    public string? Organisation { get; set; }
    public string Motivation { get; set; } = "";
    public string PreferredLanguage { get; set; } = "en";
    public string TimeZoneId { get; set; } = "UTC";
    public bool AcceptsCodeOfConduct { get; set; }
    public bool AcceptsPrivacyNotice { get; set; }
    public byte[]? SupportLetter { get; set; }
}
