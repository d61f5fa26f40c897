using CommunityOfPractice.Features.Statements;
using CommunityOfPractice.Web.Platform;
using Hangfire;

namespace CommunityOfPractice.Web.Features.Statements.Jobs;

/// <summary>Schedules a job at a statement's opening and closing instants. Duplicates are harmless: the work is claimed once.</summary>
internal sealed class HangfireStatementScheduler(IBackgroundJobClient jobs) : IStatementScheduler
{
    public void ScheduleTransitions(Statement statement, DateTimeOffset now)
    {
        foreach (var instant in new[] { statement.OpensAt, statement.ClosesAt })
        {
            if (instant > now)
            {
                jobs.ScheduleNotBefore<StatementTransitionJob>(job => job.RunAsync(statement.Id), instant);
            }
        }
    }
}
