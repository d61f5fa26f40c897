namespace CommunityOfPractice.Features.Standards;

/// <summary>A standard's latest round with everything said in it, as one member reads it.</summary>
/// <param name="Superseded">A later version has been published since: the round is history.</param>
/// <param name="ViewerSuspended">A moderator stopped the viewer from contributing to this round.</param>
public sealed record ConsultationPage(
    StandardDocument Document,
    ConsultationRound? Round,
    IReadOnlyList<StandardSection> Sections,
    IReadOnlyList<StandardParagraph> Paragraphs,
    IReadOnlyList<StandardComment> Comments,
    IReadOnlyList<StandardProposal> Proposals,
    IReadOnlySet<long> SupportedByViewer,
    bool Superseded,
    string? WebinarTitle,
    string? DebateTitle,
    Membership.QuotingConsent ViewerConsent,
    bool ViewerSuspended = false);
