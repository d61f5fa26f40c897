namespace CommunityOfPractice.Features.Administration;

internal sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? ActorId { get; set; }
    public string ActorName { get; set; } = "";
    /// <summary>A stable verb such as <c>application.approved</c> or <c>role.granted</c>.</summary>
    public string Action { get; set; } = "";
    public string? SubjectUserId { get; set; }
    public string SubjectName { get; set; } = "";
    public string? Details { get; set; }
}
