namespace CommunityOfPractice.Features.Practices;

/// <summary>A PDF or image attached to an entry, checked by its content, stored in the data folder.</summary>
internal sealed class PracticeAttachment
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public int Id { get; set; }
    public int PracticeId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    /// <summary>The name on disk: random, never derived from what the person uploaded.</summary>
    public string StoredName { get; set; } = "";
    public DateTimeOffset UploadedAt { get; set; }
}
