using CommunityOfPractice.Features.Membership;
using Hangfire.Dashboard;

namespace CommunityOfPractice.Web.Platform;

/// <summary>The Hangfire dashboard's own check, behind the endpoint's Admin policy: admins with 2FA only.</summary>
internal sealed class AdminDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var user = context.GetHttpContext().User;
        return user.IsInRole(Roles.Admin) && Policies.HasTwoFactor(user);
    }
}
