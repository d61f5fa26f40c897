using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Syntheses;
using CommunityOfPractice.Web.Platform;
using Hangfire;

namespace CommunityOfPractice.Web.Features.Syntheses;

/// <summary>Thin Hangfire entry points: they call the same feature services the pages use (the reconciler catches up on lost ones).</summary>
public sealed class SynthesisJob(MemberCheck memberCheck, SynthesisExports exports)
{
    public Task AnnounceMemberCheckAsync(int synthesisId) => memberCheck.AnnounceAsync(synthesisId);

    public Task ExportAsync(int exportId) => exports.RunAsync(exportId);
}

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

/// <summary>The member check's opening mail, in each participant's language.</summary>
internal sealed class SynthesisMail(MailComposer composer) : ISynthesisMail
{
    public Task SendMemberCheckOpenedAsync(AppUser participant, Synthesis synthesis, string debateTitle, CancellationToken cancellationToken = default) =>
        participant.Email is null
            ? Task.CompletedTask
            : composer.SendAsync(participant,
                new("Your review is asked: synthesis of \"{0}\"", debateTitle),
                [
                    new("You took part in the debate \"{0}\". Its draft synthesis is open for review by the participants until {1}.", debateTitle, synthesis.ReviewClosesAt!.Value.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture)),
                    new("Check that it reflects the debate fairly: comment on any section, and endorse it if you agree."),
                ],
                (new LocalizedText("Review the draft"), composer.AbsoluteUrl($"syntheses/{synthesis.Id}/review")), cancellationToken);
}
