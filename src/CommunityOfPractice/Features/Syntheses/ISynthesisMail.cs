namespace CommunityOfPractice.Features.Syntheses;

/// <summary>Tells the debate's participants that a draft synthesis waits for their review.</summary>
internal interface ISynthesisMail
{
    Task SendMemberCheckOpenedAsync(Data.AppUser participant, Synthesis synthesis, string debateTitle, CancellationToken cancellationToken = default);
}
