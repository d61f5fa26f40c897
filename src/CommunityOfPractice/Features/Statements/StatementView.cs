using CommunityOfPractice.Features.Organisations;

namespace CommunityOfPractice.Features.Statements;

/// <summary>A statement as a member sees it on its signing page.</summary>
internal sealed record StatementView(
    Statement Statement,
    StatementState State,
    IReadOnlyList<StatementSignatory> Signatories,
    IReadOnlyList<Organisation> Represented,
    bool CanRun,
    /// <summary>Whether the viewer runs it and its text may still change (see <see cref="StatementRules.CheckEditing"/>).</summary>
    bool CanEdit,
    IReadOnlyList<StatementAttachment> Attachments,
    IReadOnlyList<StatementTranslation> Translations);
