namespace CommunityOfPractice.Features.Membership;

/// <summary>
/// "This person's powers changed" (a role granted or removed, the account deleted), raised after the change is
/// committed. The host drops what it trusted about them at once: their sign-in cookie is checked again on its next
/// request, their hub connections are closed, their interactive pages re-check who they are. In the scale-out profile
/// the other nodes hear it too.
/// </summary>
internal sealed class AccountChanges
{
    private readonly List<Action<string>> handlers = [];
    private Func<string, Task>? forward;

    public IDisposable Subscribe(Action<string> handler)
    {
        lock (handlers)
        {
            handlers.Add(handler);
        }
        return new Subscription(() =>
        {
            lock (handlers)
            {
                handlers.Remove(handler);
            }
        });
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                dispose();
            }
        }
    }

    /// <summary>In the scale-out profile, every change raised on this node also goes to the others through <paramref name="toOtherNodes"/>, which never throws.</summary>
    public void ForwardTo(Func<string, Task> toOtherNodes) => forward = toOtherNodes;

    public async Task RaiseAsync(string userId)
    {
        Deliver(userId);
        if (forward is { } toOtherNodes)
        {
            await toOtherNodes(userId);
        }
    }

    /// <summary>A change heard from another node: delivered here only.</summary>
    public void Deliver(string userId)
    {
        Action<string>[] current;
        lock (handlers)
        {
            current = [.. handlers];
        }
        foreach (var handler in current)
        {
            try
            {
                handler(userId);
            }
            catch (Exception)
            {
                // One failing listener (a closing connection) must not keep the change from the others.
            }
        }
    }
}
