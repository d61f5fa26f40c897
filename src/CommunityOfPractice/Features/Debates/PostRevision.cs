namespace CommunityOfPractice.Features.Debates;

/// <summary>The text a post had before an edit; moderators see the history.</summary>
public sealed class PostRevision
{
    public long Id { get; set; }
    public long PostId { get; set; }
    public string Markdown { get; set; } = "";
    public DateTimeOffset ReplacedAt { get; set; }
}
