using CommunityOfPractice.Features.Mail;
using CommunityOfPractice.Features.Membership;
using Microsoft.AspNetCore.Identity;

namespace CommunityOfPractice.Data;

public sealed class AppUser : IdentityUser
{
    [PersonalData] public string DisplayName { get; set; } = "";
    /// <summary>Seen by moderators only.</summary>
    [PersonalData] public string? LegalName { get; set; }
    [PersonalData] public StakeholderCategory Category { get; set; }
    [PersonalData] public NcdAreas NcdAreas { get; set; }
    [PersonalData] public string CountryCode { get; set; } = "";
    [PersonalData] public string? Organisation { get; set; }
    [PersonalData] public string? Bio { get; set; }
    [PersonalData] public string PreferredLanguage { get; set; } = "en";
    [PersonalData] public string TimeZoneId { get; set; } = "UTC";
    public bool ShowCategory { get; set; }
    public bool ShowCountry { get; set; } = true;
    public bool ShowOrganisation { get; set; } = true;
    public QuotingConsent DefaultQuotingConsent { get; set; } = QuotingConsent.QuoteAnonymously;
    public bool NotifyDebateOpens { get; set; } = true;
    public bool NotifyReplies { get; set; } = true;
    public bool NotifyWebinars { get; set; } = true;
    /// <summary>Whether the kinds of mail above come one by one or gathered into a digest.</summary>
    public MailFrequency MailFrequency { get; set; } = MailFrequency.Daily;
    /// <summary>When the next digest is due (UTC); null when none is planned yet or the member gets none.</summary>
    public DateTimeOffset? NextDigestAt { get; set; }
    /// <summary>The end of the period the last digest covered: the next one tells what came after.</summary>
    public DateTimeOffset? LastDigestAt { get; set; }
    /// <summary>The secret in the address of the member's private calendar feed; reset by the member.</summary>
    public string? CalendarFeedToken { get; set; }
    public DateTimeOffset JoinedAt { get; set; }
    /// <summary>Set when the person deleted their account: the row stays so contributions keep an author.</summary>
    public DateTimeOffset? DeletedAt { get; set; }
}
