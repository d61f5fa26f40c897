namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>What a group's composition must be: its size, how many WHO regions, and the share of people living with NCDs.</summary>
public sealed record CompositionRules(int MinSize, int MaxSize, int MinRegions, int? MinNcdSharePercent);
