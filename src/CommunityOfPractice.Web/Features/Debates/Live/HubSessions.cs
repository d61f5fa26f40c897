using System.Collections.Concurrent;
using CommunityOfPractice.Features.Membership;
using Microsoft.AspNetCore.SignalR;

namespace CommunityOfPractice.Web.Features.Debates.Live;

/// <summary>
/// The hub connections open on this node, by person: when a person's powers change (<see cref="AccountChanges"/>),
/// their connections are closed, and a client that still may come back reconnects with what it now may see.
/// </summary>
internal sealed class HubSessions
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, HubCallerContext>> byUser = new();

    public HubSessions(AccountChanges changes) => changes.Subscribe(Close);

    public void Add(HubCallerContext context)
    {
        if (context.UserIdentifier is { } userId)
        {
            byUser.GetOrAdd(userId, _ => new())[context.ConnectionId] = context;
        }
    }

    public void Remove(HubCallerContext context)
    {
        if (context.UserIdentifier is { } userId && byUser.TryGetValue(userId, out var connections))
        {
            connections.TryRemove(context.ConnectionId, out _);
        }
    }

    private void Close(string userId)
    {
        if (byUser.TryRemove(userId, out var connections))
        {
            foreach (var context in connections.Values)
            {
                context.Abort();
            }
        }
    }
}
