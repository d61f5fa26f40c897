namespace CommunityOfPractice.Features.Debates;

/// <summary>Schedules the side effects of a debate's transitions (opening, reminder, closing) at their instants.</summary>
internal interface IDebateScheduler
{
    void ScheduleTransitions(Debate debate, DateTimeOffset now);
}
