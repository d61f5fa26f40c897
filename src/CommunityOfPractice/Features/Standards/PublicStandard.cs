namespace CommunityOfPractice.Features.Standards;

/// <summary>One published version as its public page shows it.</summary>
internal sealed record PublicStandard(
    StandardDocument Document,
    StandardVersion Version,
    IReadOnlyList<PublicSection> Sections,
    IReadOnlyList<PublishedVersionItem> Versions,
    IReadOnlyList<PublicEndorsement> Endorsements,
    IReadOnlyList<StandardTranslationLink> Translations,
    bool IsFinal,
    bool EndorsementOpen);
