namespace CommunityOfPractice.Features.Syntheses;

/// <summary>Runs a synthesis' background work: the member check's opening mail and the exports.</summary>
public interface ISynthesisScheduler
{
    void ScheduleMemberCheck(int synthesisId, DateTimeOffset opensAt);

    void QueueExport(int exportId);
}

/// <summary>Tells the debate's participants that a draft synthesis waits for their review.</summary>
public interface ISynthesisMail
{
    Task SendMemberCheckOpenedAsync(Data.AppUser participant, Synthesis synthesis, string debateTitle, CancellationToken cancellationToken = default);
}
