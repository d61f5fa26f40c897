using CommunityOfPractice.Features.Statements;

namespace CommunityOfPractice.Web.Features.Statements.Jobs;

/// <summary>A thin Hangfire entry point for a statement's opening and publication; the reconciler catches up on a lost one.</summary>
internal sealed class StatementTransitionJob(StatementTransitions transitions)
{
    public Task RunAsync(int statementId) => transitions.ApplyAsync(statementId);
}
