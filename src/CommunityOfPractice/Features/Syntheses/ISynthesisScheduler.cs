namespace CommunityOfPractice.Features.Syntheses;

/// <summary>Runs a synthesis' background work: the member check's opening mail and the exports.</summary>
internal interface ISynthesisScheduler
{
    void ScheduleMemberCheck(int synthesisId, DateTimeOffset opensAt);

    void QueueExport(int exportId);
}
