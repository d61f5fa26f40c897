using CommunityOfPractice.Data;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>A person's place in a group: an application waiting for the chair, an appointment, or how it ended.</summary>
public sealed class WorkingGroupMember
{
    public const int MotivationLength = 1000;

    public int Id { get; set; }
    public int WorkingGroupId { get; set; }
    public WorkingGroup? WorkingGroup { get; set; }
    public string UserId { get; set; } = "";
    public AppUser? User { get; set; }
    public GroupMemberStatus Status { get; set; }
    /// <summary>Why the person applied; empty for an appointment.</summary>
    public string Motivation { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When the person was appointed, declined or removed, and by whom.</summary>
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedById { get; set; }
}
