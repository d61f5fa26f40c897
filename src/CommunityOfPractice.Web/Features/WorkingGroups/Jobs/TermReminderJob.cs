using CommunityOfPractice.Features.WorkingGroups;

namespace CommunityOfPractice.Web.Features.WorkingGroups.Jobs;

/// <summary>A thin Hangfire entry point for the chair's reminder; the reconciler catches up on a lost one.</summary>
internal sealed class TermReminderJob(TermReminders reminders)
{
    public Task RunAsync(int groupId) => reminders.ApplyAsync(groupId);
}
