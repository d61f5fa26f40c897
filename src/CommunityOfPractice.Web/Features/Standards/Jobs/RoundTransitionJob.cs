using CommunityOfPractice.Features.Standards;

namespace CommunityOfPractice.Web.Features.Standards.Jobs;

/// <summary>A thin Hangfire entry point for a round's mails; the reconciler catches up on lost ones.</summary>
internal sealed class RoundTransitionJob(RoundTransitions transitions)
{
    public Task RunAsync(int roundId) => transitions.ApplyAsync(roundId);
}
