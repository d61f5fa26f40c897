namespace CommunityOfPractice.Features.Debates;

/// <summary>
/// What a member was writing in a debate and has not posted: kept on the server as they type, so a reload, a
/// dropped connection or another device finds it again. One per member and debate; posting it removes it.
/// </summary>
internal sealed class PostDraft
{
    public string UserId { get; set; } = "";
    public int DebateId { get; set; }
    /// <summary>The post it answers; null for a new thread.</summary>
    public long? ParentId { get; set; }
    public string Text { get; set; } = "";
    public DateTimeOffset SavedAt { get; set; }
}
