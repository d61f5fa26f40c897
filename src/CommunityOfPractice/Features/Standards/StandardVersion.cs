namespace CommunityOfPractice.Features.Standards;

/// <summary>
/// One version of a standard's text. Version 1 is a draft until it is published; every later version is published as
/// it is made. A published version never changes: its sections and paragraphs are what rounds, comments, proposals and
/// permalinks point at.
/// </summary>
public sealed class StandardVersion
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public StandardDocument? Document { get; set; }
    /// <summary>1, 2, 3… in the order the versions were made.</summary>
    public int Number { get; set; }
    /// <summary>The whole body as the drafters wrote it; the sections and paragraphs are cut from it.</summary>
    public string Markdown { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Null while a draft; set once, when the version is published.</summary>
    public DateTimeOffset? PublishedAt { get; set; }
    public string? PublishedById { get; set; }
    public List<StandardSection> Sections { get; set; } = [];
    public List<StandardParagraph> Paragraphs { get; set; } = [];

    public bool IsPublished => PublishedAt is not null;
}
