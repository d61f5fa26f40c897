using CommunityOfPractice.Features.Standards;
using CommunityOfPractice.Web.Platform;
using Microsoft.Extensions.Localization;

namespace CommunityOfPractice.Web.Features.Standards;

/// <summary>The words the standards' pages use for stages and answers, in the reader's language.</summary>
internal static class StandardLabels
{
    public static string Stage(IStringLocalizer L, StandardStage stage) => stage switch
    {
        StandardStage.Draft => L["Draft"],
        StandardStage.RoundScheduled => L["Consultation coming"],
        StandardStage.RoundOpen => L["Consultation open"],
        StandardStage.Answering => L["Drafters answering"],
        _ => L["Published"],
    };

    public static string Answer(IStringLocalizer L, ProposalAnswer answer) => answer switch
    {
        ProposalAnswer.Accepted => L["Accepted"],
        ProposalAnswer.AcceptedWithChanges => L["Accepted with changes"],
        _ => L["Declined"],
    };

    public static bool IsStaff(System.Security.Claims.ClaimsPrincipal user) =>
        CommunityOfPractice.Features.Membership.Roles.Staff.Any(user.IsInRole) && Policies.HasTwoFactor(user);

    public static bool IsDrafter(System.Security.Claims.ClaimsPrincipal user) =>
        (user.IsInRole(CommunityOfPractice.Features.Membership.Roles.Coordinator) || user.IsInRole(CommunityOfPractice.Features.Membership.Roles.Admin)) && Policies.HasTwoFactor(user);

    public static bool IsModerator(System.Security.Claims.ClaimsPrincipal user) =>
        (user.IsInRole(CommunityOfPractice.Features.Membership.Roles.Moderator) || IsDrafter(user)) && Policies.HasTwoFactor(user);
}
