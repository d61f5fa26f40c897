namespace CommunityOfPractice.Features.Statements;

/// <summary>Schedules the side effects of a statement's window (its opening recorded, its publication) at their instants.</summary>
internal interface IStatementScheduler
{
    void ScheduleTransitions(Statement statement, DateTimeOffset now);
}
