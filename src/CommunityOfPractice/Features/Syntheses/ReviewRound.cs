namespace CommunityOfPractice.Features.Syntheses;

/// <summary>A member check open to a participant: the synthesis of a debate they took part in, theirs to comment on and endorse.</summary>
internal sealed record ReviewRound(int SynthesisId, string DebateTitle, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, bool Endorsed);
