using System.Security.Claims;
using CommunityOfPractice.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CommunityOfPractice.Web.Platform;

/// <summary>
/// What a sign-in cookie must still be worth on each request: its account unchanged since a change this node heard of
/// (<see cref="RecentAccountChanges"/>), its security stamp checked every minute, and a staff session no older than
/// <c>Auth:StaffSessionHours</c> (12 by default) however active it stays.
/// </summary>
internal static class SessionValidation
{
    private const string SignedInAt = "cop.signed-in-at";

    public static Task OnSigningIn(CookieSigningInContext context)
    {
        if (!context.Properties.Items.ContainsKey(SignedInAt))
        {
            var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
            context.Properties.Items[SignedInAt] = clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return Task.CompletedTask;
    }

    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        if (context.Principal is not { } principal)
        {
            return;
        }
        if (IsStaff(principal) && context.Properties.Items.TryGetValue(SignedInAt, out var at) && long.TryParse(at, out var seconds))
        {
            var hours = services.GetRequiredService<IOptions<Settings.AuthOptions>>().Value.StaffSessionHours;
            if (services.GetRequiredService<TimeProvider>().GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds) > TimeSpan.FromHours(hours))
            {
                await RejectAsync(context);
                return;
            }
        }
        if (principal.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId && services.GetRequiredService<RecentAccountChanges>().Contains(userId))
        {
            var stampClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
            var user = await services.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(userId);
            if (user is null || user.DeletedAt is not null || user.SecurityStamp != principal.FindFirstValue(stampClaim))
            {
                await RejectAsync(context);
                return;
            }
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    private static bool IsStaff(ClaimsPrincipal principal) => CommunityOfPractice.Features.Membership.Roles.Staff.Any(principal.IsInRole);

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
