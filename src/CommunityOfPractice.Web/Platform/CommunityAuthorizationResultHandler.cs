using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace CommunityOfPractice.Web.Platform;

/// <summary>
/// Sends a signed-in person who may not enter somewhere to where they can act: a pending applicant to
/// their application's status, staff without an authenticator app to set one up. Anyone else gets the
/// usual answer (sign in, or access denied).
/// </summary>
internal sealed class CommunityAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        // Only for the pages' cookie sign-in: an API client with a token gets a plain 403.
        if (authorizeResult.Forbidden && policy.AuthenticationSchemes.Count == 0 && context.User.Identity?.IsAuthenticated == true && HttpMethods.IsGet(context.Request.Method))
        {
            if (!Policies.IsMember(context.User))
            {
                context.Response.Redirect("/application");
                return Task.CompletedTask;
            }
            if (Policies.IsStaffWithoutTwoFactor(context.User))
            {
                context.Response.Redirect("/Account/Manage/TwoFactorAuthentication?staff=1");
                return Task.CompletedTask;
            }
        }
        return fallback.HandleAsync(next, context, policy, authorizeResult);
    }
}
