namespace CommunityOfPractice.Features.Syntheses;

public sealed record SynthesisCommentView(long Id, SynthesisSection Section, string AuthorName, string Text, DateTimeOffset At);
