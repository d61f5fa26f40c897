using Microsoft.AspNetCore.Components.Authorization;
using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Web.Components.Account;

/// <summary>
/// Per interactive circuit (and only there: a server-rendered request is checked by its cookie): hears of account
/// changes and has the circuit's sign-in checked at once.
/// </summary>
internal sealed class AccountChangesInCircuits(AccountChanges changes, AuthenticationStateProvider provider) : Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler
{
    private IDisposable? subscription;

    public override Task OnCircuitOpenedAsync(Microsoft.AspNetCore.Components.Server.Circuits.Circuit circuit, CancellationToken cancellationToken)
    {
        if (provider is IdentityRevalidatingAuthenticationStateProvider revalidating)
        {
            subscription = changes.Subscribe(userId => _ = revalidating.RevalidateNowAsync(userId));
            // A change between the page's first (prerendered) answer and this moment was heard by nobody: check once now,
            // after subscribing, so that no change falls between the two.
            return revalidating.RevalidateNowAsync(userId: null);
        }
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Microsoft.AspNetCore.Components.Server.Circuits.Circuit circuit, CancellationToken cancellationToken)
    {
        subscription?.Dispose();
        return Task.CompletedTask;
    }
}
