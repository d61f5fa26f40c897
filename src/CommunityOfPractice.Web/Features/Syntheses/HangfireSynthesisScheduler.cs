using CommunityOfPractice.Features.Syntheses;
using CommunityOfPractice.Web.Platform;
using Hangfire;

namespace CommunityOfPractice.Web.Features.Syntheses;

internal sealed class HangfireSynthesisScheduler(IBackgroundJobClient jobs, TimeProvider clock) : ISynthesisScheduler
{
    public void ScheduleMemberCheck(int synthesisId, DateTimeOffset opensAt)
    {
        if (opensAt <= clock.GetUtcNow())
        {
            jobs.Enqueue<SynthesisJob>(job => job.AnnounceMemberCheckAsync(synthesisId));
        }
        else
        {
            jobs.ScheduleNotBefore<SynthesisJob>(job => job.AnnounceMemberCheckAsync(synthesisId), opensAt);
        }
    }

    public void QueueExport(int exportId) => jobs.Enqueue<SynthesisJob>(job => job.ExportAsync(exportId));
}
