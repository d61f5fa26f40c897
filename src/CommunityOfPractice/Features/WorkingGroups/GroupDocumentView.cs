using CommunityOfPractice.Features.Standards;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>One version of a group's document, numbered, for a viewer who may see the group; <see cref="CanPublish"/> when they may add a version.</summary>
internal sealed record GroupDocumentView(
    WorkingGroup Group,
    StandardDocument Document,
    StandardVersion Version,
    IReadOnlyList<StandardSection> Sections,
    IReadOnlyList<StandardParagraph> Paragraphs,
    IReadOnlyList<PublishedVersionItem> Versions,
    bool CanPublish);
