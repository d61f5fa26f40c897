namespace CommunityOfPractice.Features.Practices;

/// <summary>
/// A good-practice entry. <see cref="Content"/> is the working copy the submitter and curators edit; each
/// publication snapshots it as a <see cref="PracticeRevision"/>, and the public only ever sees
/// <see cref="PublicRevisionId"/>.
/// </summary>
public sealed class Practice
{
    public int Id { get; set; }
    /// <summary>The public address: <c>/practices/{slug}</c>.</summary>
    public string Slug { get; set; } = "";
    public PracticeStatus Status { get; set; }
    public string SubmitterId { get; set; } = "";
    public PracticeContent Content { get; set; } = new();
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    /// <summary>The revision the public sees; null until published, and again once unpublished.</summary>
    public long? PublicRevisionId { get; set; }
    public DateTimeOffset? FirstPublishedAt { get; set; }
    /// <summary>Entries that translate one another share the id of the first of them.</summary>
    public int? TranslationGroupId { get; set; }
    /// <summary>The debate post this entry grew from, when a curator turned a highlighted post into a draft.</summary>
    public long? SourcePostId { get; set; }
    public int? SourceDebateId { get; set; }
}
