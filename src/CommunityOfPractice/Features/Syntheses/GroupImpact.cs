namespace CommunityOfPractice.Features.Syntheses;

/// <summary>A working group whose term overlapped the period, and how many members it has now.</summary>
internal sealed record GroupImpact(string Name, DateOnly StartsOn, DateOnly EndsOn, int Members);
