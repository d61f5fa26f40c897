namespace CommunityOfPractice.Features.Membership;

/// <summary>A demo member: approved unless <c>Pending</c>; <c>Roles</c> are staff roles on top of Member.</summary>
internal sealed record DemoMember(
    string Email, string DisplayName, StakeholderCategory Category, NcdAreas NcdAreas, string CountryCode,
    string? Organisation, string? Bio, string Language, string TimeZone, string Motivation,
    bool ShowCategory = false, bool Pending = false, string[]? Roles = null);
