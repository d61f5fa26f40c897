namespace CommunityOfPractice.Features.Practices;

/// <summary>An entry as it was published, kept for the record.</summary>
internal sealed class PracticeRevision
{
    public long Id { get; set; }
    public int PracticeId { get; set; }
    public int Number { get; set; }
    public PracticeContent Content { get; set; } = new();
    public DateTimeOffset PublishedAt { get; set; }
    public string PublishedById { get; set; } = "";
}
