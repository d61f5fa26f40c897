using CommunityOfPractice.Features.Organisations;

namespace CommunityOfPractice.Features.Statements;

/// <summary>A statement as a member sees it on its signing page.</summary>
public sealed record StatementView(
    Statement Statement,
    StatementState State,
    IReadOnlyList<StatementSignatory> Signatories,
    IReadOnlyList<Organisation> Represented,
    bool CanRun,
    IReadOnlyList<StatementAttachment> Attachments,
    IReadOnlyList<StatementTranslation> Translations);
