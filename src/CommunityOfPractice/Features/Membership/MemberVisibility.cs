using CommunityOfPractice.Data;

namespace CommunityOfPractice.Features.Membership;

/// <summary>What other members may see of a person: only what that person chose to show.</summary>
internal static class MemberVisibility
{
    /// <summary>Categories that disclose something about a person's health or their family's.</summary>
    public static bool IsHealthRelated(StakeholderCategory category) =>
        category is StakeholderCategory.PersonLivingWithNcd or StakeholderCategory.FamilyMemberOrCaregiver;

    public static MemberCard CardFor(AppUser user) => new(
        user.Id,
        user.DeletedAt is null ? user.DisplayName : MemberCard.FormerMember,
        user.ShowCategory ? user.Category : null,
        user.ShowCountry ? user.CountryCode : null,
        user.ShowOrganisation ? user.Organisation : null,
        user.Bio);
}
