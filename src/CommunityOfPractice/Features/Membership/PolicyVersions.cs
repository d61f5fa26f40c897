namespace CommunityOfPractice.Features.Membership;

/// <summary>The versions of the texts an applicant accepts; a change to either text gets a new version.</summary>
internal static class PolicyVersions
{
    public const string CodeOfConduct = "2026-11";
    public const string PrivacyNotice = "2026-11";
}
