namespace CommunityOfPractice.Features.Standards;

/// <summary>A standard as the drafting page shows it: every version and round, and the latest version's numbered text.</summary>
internal sealed record StandardFile(
    StandardDocument Document,
    IReadOnlyList<StandardVersion> Versions,
    IReadOnlyList<ConsultationRound> Rounds,
    StandardVersion Latest,
    ConsultationRound? LatestRound,
    IReadOnlyList<StandardSection> Sections,
    IReadOnlyList<StandardParagraph> Paragraphs,
    int Unanswered,
    StandardStage Stage,
    string? TranslationOf);
