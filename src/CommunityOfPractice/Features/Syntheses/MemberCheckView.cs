namespace CommunityOfPractice.Features.Syntheses;

internal sealed record MemberCheckView(IReadOnlyList<SynthesisCommentView> Comments, IReadOnlyList<string> Endorsers, int Participants);
