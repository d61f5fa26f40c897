using System.Collections.Concurrent;
using CommunityOfPractice.Features.Membership;

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
