namespace CommunityOfPractice.Features.Standards;

/// <summary>A section of a round's text as the consultation page lists it: what was said on its paragraphs.</summary>
public sealed record ConsultationSection(StandardSection Section, int Comments, int Proposals);
