namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>Schedules the chair's reminder, 30 days before the group's term ends.</summary>
internal interface ITermScheduler
{
    void ScheduleReminder(WorkingGroup group, DateTimeOffset now);
}
