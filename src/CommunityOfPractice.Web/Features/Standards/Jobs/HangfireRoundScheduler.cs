using CommunityOfPractice.Features.Standards;
using CommunityOfPractice.Web.Platform;
using Hangfire;

namespace CommunityOfPractice.Web.Features.Standards.Jobs;

/// <summary>Schedules a job at each of a round's future mail instants. Duplicates are harmless: the work is claimed once.</summary>
internal sealed class HangfireRoundScheduler(IBackgroundJobClient jobs) : IRoundScheduler
{
    public void ScheduleTransitions(ConsultationRound round, DateTimeOffset now)
    {
        foreach (var instant in new[] { round.OpensAt, round.ClosesAt - RoundTransitions.ReminderBeforeClosing, round.ClosesAt })
        {
            if (instant > now)
            {
                jobs.ScheduleNotBefore<RoundTransitionJob>(job => job.RunAsync(round.Id), instant);
            }
        }
    }
}
