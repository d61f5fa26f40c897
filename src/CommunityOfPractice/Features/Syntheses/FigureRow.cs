namespace CommunityOfPractice.Features.Syntheses;

public sealed record FigureRow(string Key, string Label, int Participants, int Posts);
