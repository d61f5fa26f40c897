namespace CommunityOfPractice.Features.Statements;

/// <summary>A published statement as anyone sees it: its text, signatories, translations and campaign toolkit.</summary>
internal sealed record PublicStatement(
    Statement Statement,
    IReadOnlyList<StatementSignatory> Signatories,
    IReadOnlyList<StatementTranslation> Translations,
    IReadOnlyList<StatementAttachment> Attachments);
