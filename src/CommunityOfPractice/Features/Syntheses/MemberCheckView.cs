namespace CommunityOfPractice.Features.Syntheses;

public sealed record MemberCheckView(IReadOnlyList<SynthesisCommentView> Comments, IReadOnlyList<string> Endorsers, int Participants);
