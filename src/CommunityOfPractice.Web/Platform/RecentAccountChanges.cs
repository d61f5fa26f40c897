using System.Collections.Concurrent;
using System.Security.Claims;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CommunityOfPractice.Web.Platform;

/// <summary>
/// Accounts whose powers changed a moment ago (<see cref="AccountChanges"/>). A sign-in cookie of such an account is
/// checked against the database on every request until the regular check (every minute) has certainly caught up, so
/// a removed role or a deleted account stops working at once on every node, at the cost of one read per request of
/// that one person, for a few minutes.
/// </summary>
internal sealed class RecentAccountChanges
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, DateTimeOffset> changed = new();
    private readonly TimeProvider clock;

    public RecentAccountChanges(AccountChanges changes, TimeProvider clock)
    {
        this.clock = clock;
        changes.Subscribe(userId => changed[userId] = clock.GetUtcNow());
    }

    public bool Contains(string userId)
    {
        if (!changed.TryGetValue(userId, out var at))
        {
            return false;
        }
        if (clock.GetUtcNow() - at < Window)
        {
            return true;
        }
        changed.TryRemove(userId, out _);
        return false;
    }
}

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
