namespace CommunityOfPractice.Features.Statements;

/// <summary>A file of the statement's campaign toolkit (PDF, PNG or JPEG, recognised by its bytes), downloadable once published.</summary>
internal sealed class StatementAttachment
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public int Id { get; set; }
    public int StatementId { get; set; }
    /// <summary>The cleaned name offered in the download.</summary>
    public string FileName { get; set; } = "";
    /// <summary>The random name in the file store (see <see cref="StatementToolkit.KeyOf"/>).</summary>
    public string StoredName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    public string AddedById { get; set; } = "";
    public DateTimeOffset AddedAt { get; set; }
}
