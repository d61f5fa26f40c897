using CommunityOfPractice.Features.Debates;

namespace CommunityOfPractice.Web.Features.Debates.Jobs;

/// <summary>Thin Hangfire entry points: they call the same feature service the pages use.</summary>
public sealed class DebateTransitionJob(DebateTransitions transitions)
{
    public Task RunAsync(int debateId) => transitions.ApplyAsync(debateId);

    /// <summary>Every minute: catches whatever a lost or late job did not do.</summary>
    public Task ReconcileAsync() => transitions.ReconcileAsync();
}
