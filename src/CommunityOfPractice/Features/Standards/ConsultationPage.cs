namespace CommunityOfPractice.Features.Standards;

/// <summary>
/// A standard's latest round, as one member reads it: the whole text, or one section of it with every section's counts.
/// </summary>
/// <param name="Sections">The sections shown: every one, or the one asked for.</param>
/// <param name="Paragraphs">The paragraphs of <paramref name="Sections"/>, with their comments and proposals below.</param>
/// <param name="Outline">Every section of the round's text with its counts, in reading order; empty when the whole text is read.</param>
/// <param name="SectionNotFound">The section asked for is not in the text: the first one is shown instead.</param>
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
    bool ViewerSuspended,
    IReadOnlyList<ConsultationSection> Outline,
    bool SectionNotFound);
