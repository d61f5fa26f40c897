using CommunityOfPractice.Features.Syntheses;

namespace CommunityOfPractice.Web.Features.Syntheses;

/// <summary>Thin Hangfire entry points: they call the same feature services the pages use (the reconciler catches up on lost ones).</summary>
internal sealed class SynthesisJob(MemberCheck memberCheck, SynthesisExports exports)
{
    public Task AnnounceMemberCheckAsync(int synthesisId) => memberCheck.AnnounceAsync(synthesisId);

    public Task ExportAsync(int exportId) => exports.RunAsync(exportId);
}
