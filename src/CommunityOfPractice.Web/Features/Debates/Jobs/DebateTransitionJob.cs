using CommunityOfPractice.Features.Debates;

namespace CommunityOfPractice.Web.Features.Debates.Jobs;

/// <summary>A thin Hangfire entry point: it calls the same feature service the pages use (the reconciler catches up on lost ones).</summary>
internal sealed class DebateTransitionJob(DebateTransitions transitions)
{
    public Task RunAsync(int debateId) => transitions.ApplyAsync(debateId);
}
