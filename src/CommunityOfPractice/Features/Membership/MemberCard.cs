namespace CommunityOfPractice.Features.Membership;

/// <summary>A member as others see them.</summary>
internal sealed record MemberCard(string UserId, string DisplayName, StakeholderCategory? Category, string? CountryCode, string? Organisation, string? Bio)
{
    public const string FormerMember = "Former member";
}
