namespace CommunityOfPractice.Features.Standards;

/// <summary>A standard as the members' list shows it: its latest version, that version's round if any, and its stage.</summary>
internal sealed record StandardListing(StandardDocument Document, StandardVersion Latest, ConsultationRound? Round, StandardStage Stage, int Unanswered);
