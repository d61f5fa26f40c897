using CommunityOfPractice.Features.Membership;
using Microsoft.AspNetCore.Authorization;

namespace CommunityOfPractice.Web.Platform;

/// <summary>Who may reach what. Staff policies also require two-factor authentication.</summary>
internal static class Policies
{
    public const string Member = "Member";
    public const string Moderator = "Moderator";
    public const string Coordinator = "Coordinator";
    public const string Admin = "Admin";
    /// <summary>Any staff role (moderator, coordinator, admin), with a second factor.</summary>
    public const string Staff = "Staff";
    /// <summary>Who writes syntheses: coordinators and moderators (and admins).</summary>
    public const string SynthesisEditor = "SynthesisEditor";

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Member, p => p.RequireRole(Roles.Member, Roles.Moderator, Roles.Coordinator, Roles.Admin));
        options.AddPolicy(Moderator, p => p.RequireRole(Roles.Moderator, Roles.Admin).RequireClaim(CommunityClaims.TwoFactor));
        options.AddPolicy(Coordinator, p => p.RequireRole(Roles.Coordinator, Roles.Admin).RequireClaim(CommunityClaims.TwoFactor));
        options.AddPolicy(SynthesisEditor, p => p.RequireRole(Roles.Coordinator, Roles.Moderator, Roles.Admin).RequireClaim(CommunityClaims.TwoFactor));
        options.AddPolicy(Staff, p => p.RequireRole(Roles.Staff).RequireClaim(CommunityClaims.TwoFactor));
        options.AddPolicy(Admin, p => p.RequireRole(Roles.Admin).RequireClaim(CommunityClaims.TwoFactor));
    }

    public static bool IsMember(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(Roles.Member) || user.IsInRole(Roles.Moderator) || user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Admin);

    public static bool IsStaffWithoutTwoFactor(System.Security.Claims.ClaimsPrincipal user) =>
        Roles.Staff.Any(user.IsInRole) && !HasTwoFactor(user);

    /// <summary>Signed in with a second factor: what every staff policy requires beside the role.</summary>
    public static bool HasTwoFactor(System.Security.Claims.ClaimsPrincipal user) => user.HasClaim(c => c.Type == CommunityClaims.TwoFactor);

    /// <summary>
    /// The <see cref="Moderator"/> policy's rule, for code that decides what to show rather than whether to serve the
    /// page (drafts in a list, moderation tools in a room): a moderator or an admin, signed in with a second factor.
    /// </summary>
    public static bool IsModerator(System.Security.Claims.ClaimsPrincipal user) =>
        (user.IsInRole(Roles.Moderator) || user.IsInRole(Roles.Admin)) && HasTwoFactor(user);

    /// <summary>The <see cref="Coordinator"/> policy's rule, for code that decides what to show: a coordinator or an admin, with a second factor.</summary>
    public static bool IsCoordinator(System.Security.Claims.ClaimsPrincipal user) =>
        (user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Admin)) && HasTwoFactor(user);

    /// <summary>The <see cref="Staff"/> policy's rule, for code that decides what to show: any staff role, with a second factor.</summary>
    public static bool IsStaff(System.Security.Claims.ClaimsPrincipal user) =>
        Roles.Staff.Any(user.IsInRole) && HasTwoFactor(user);
}
