namespace CommunityOfPractice.Features.Syntheses;

/// <summary>The highlighted posts of one guiding question (or of none), quoted as their authors allow.</summary>
internal sealed record QuestionHighlights(string Question, IReadOnlyList<Quote> Quotes, int NotQuoted);
