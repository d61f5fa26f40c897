namespace CommunityOfPractice.Features.Statements;

/// <summary>
/// A demo statement: its window opens <c>OpensInDays</c> from now (negative: in the past) and lasts <c>LastsDays</c>;
/// one whose window is over is published. <c>Signatories</c> are names of approved demo organisations, signed by their first representative.
/// </summary>
internal sealed record DemoStatement(string Title, string Language, string Markdown, string DraftedByEmail, int OpensInDays, int LastsDays, string[] Signatories);
