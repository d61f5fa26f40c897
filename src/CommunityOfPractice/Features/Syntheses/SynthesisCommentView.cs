namespace CommunityOfPractice.Features.Syntheses;

internal sealed record SynthesisCommentView(long Id, SynthesisSection Section, string AuthorName, string Text, DateTimeOffset At);
