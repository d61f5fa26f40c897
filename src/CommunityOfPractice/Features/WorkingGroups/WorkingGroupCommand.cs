namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>A group as a coordinator fills it in, to create it or (without the term) to edit it.</summary>
public sealed class WorkingGroupCommand
{
    public string Name { get; set; } = "";
    public string Mandate { get; set; } = "";
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    /// <summary>The chair's member id, from the list of members.</summary>
    public string ChairId { get; set; } = "";
    public int? MinSize { get; set; }
    public int? MaxSize { get; set; }
    public int? MinRegions { get; set; }
    /// <summary>In percent, 0 to 100; empty when the group has no such rule.</summary>
    public int? MinNcdSharePercent { get; set; }

    public static WorkingGroupCommand Of(WorkingGroup group) => new()
    {
        Name = group.Name,
        Mandate = group.Mandate,
        StartsOn = group.StartsOn,
        EndsOn = group.EndsOn,
        ChairId = group.ChairId,
        MinSize = group.MinSize,
        MaxSize = group.MaxSize,
        MinRegions = group.MinRegions,
        MinNcdSharePercent = group.MinNcdSharePercent,
    };
}
