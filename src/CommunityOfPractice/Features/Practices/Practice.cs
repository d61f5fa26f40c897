using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Practices;

/// <summary>
/// A good-practice entry. <see cref="Content"/> is the working copy the submitter and curators edit; each
/// publication snapshots it as a <see cref="PracticeRevision"/>, and the public only ever sees
/// <see cref="PublicRevisionId"/>.
/// </summary>
public class Practice
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

public enum PracticeStatus
{
    Draft,
    /// <summary>Waiting for a curator.</summary>
    Submitted,
    /// <summary>Sent back to the submitter with a curator's note.</summary>
    ChangesRequested,
    Published,
    Rejected,
    Unpublished,
}

/// <summary>What an entry says; the same columns hold the working copy and each published revision.</summary>
public class PracticeContent
{
    // Lengths the validator, the database columns and the form share.
    public const int TitleLength = 200;
    public const int SummaryLength = 500;
    public const int BodyLength = 40_000;
    public const int TagsLength = 600;
    public const int OrganisationLength = 200;
    public const int LinkLength = 400;
    public const int ContactNameLength = 120;
    public const int ContactEmailLength = 256;

    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Body { get; set; } = "";
    /// <summary>en, fr or es.</summary>
    public string Language { get; set; } = "en";
    /// <summary>ISO 3166-1 alpha-2 codes, comma-separated; the WHO regions follow from them.</summary>
    public string Countries { get; set; } = "";
    public NcdAreas NcdAreas { get; set; }
    public InvolvementTypes Involvement { get; set; }
    /// <summary>Ids of <see cref="PracticeTheme"/>, comma-separated.</summary>
    public string Themes { get; set; } = "";
    /// <summary>Free tags, comma-separated, lower case.</summary>
    public string Tags { get; set; } = "";
    /// <summary>One organisation per line.</summary>
    public string Organisations { get; set; } = "";
    public int? YearFrom { get; set; }
    public int? YearTo { get; set; }
    /// <summary>http or https addresses, one per line.</summary>
    public string Links { get; set; } = "";
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    /// <summary>The contact is shown to the public only when the submitter agreed.</summary>
    public bool ShowContact { get; set; }
    /// <summary>How the author of a debate post is credited, as their quoting consent allows.</summary>
    public string? Attribution { get; set; }

    public PracticeContent Copy() => (PracticeContent)MemberwiseClone();

    public IReadOnlyList<string> CountryList => Split(Countries, ',');
    public IReadOnlyList<int> ThemeList => Split(Themes, ',').Select(t => int.TryParse(t, out var id) ? id : 0).Where(id => id > 0).ToList();
    public IReadOnlyList<string> TagList => Split(Tags, ',');
    public IReadOnlyList<string> OrganisationList => Split(Organisations, '\n');
    public IReadOnlyList<string> LinkList => Split(Links, '\n');

    /// <summary>Every year the practice ran, for the year facet.</summary>
    public IEnumerable<int> Years => YearFrom is { } from ? Enumerable.Range(from, Math.Max(0, (YearTo ?? from) - from) + 1) : [];

    private static IReadOnlyList<string> Split(string value, char separator) =>
        value.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>How people living with NCDs are involved in the practice.</summary>
[Flags]
public enum InvolvementTypes
{
    None = 0,
    CoDesign = 1,
    GovernanceSeat = 2,
    Advocacy = 4,
    PeerSupport = 8,
    ResearchPartnership = 16,
    ServiceDelivery = 32,
    Other = 64,
}

/// <summary>An entry as it was published, kept for the record.</summary>
public class PracticeRevision
{
    public long Id { get; set; }
    public int PracticeId { get; set; }
    public int Number { get; set; }
    public PracticeContent Content { get; set; } = new();
    public DateTimeOffset PublishedAt { get; set; }
    public string PublishedById { get; set; } = "";
}

/// <summary>A step of the review: submissions, curators' comments and decisions, each with its text.</summary>
public class PracticeReviewNote
{
    public long Id { get; set; }
    public int PracticeId { get; set; }
    public string AuthorId { get; set; } = "";
    public string AuthorName { get; set; } = "";
    public PracticeReviewAction Action { get; set; }
    public string? Text { get; set; }
    public DateTimeOffset At { get; set; }
}

public enum PracticeReviewAction
{
    Submitted,
    Comment,
    ChangesRequested,
    Published,
    Rejected,
    Unpublished,
}

/// <summary>The controlled list of themes, edited by admins.</summary>
public class PracticeTheme
{
    public int Id { get; set; }
    public string NameEn { get; set; } = "";
    public string NameFr { get; set; } = "";
    public string NameEs { get; set; } = "";
    public int Order { get; set; }
    public bool IsRetired { get; set; }

    public string Name(string language) => language switch
    {
        "fr" => NameFr,
        "es" => NameEs,
        _ => NameEn,
    };
}

/// <summary>A PDF or image attached to an entry, checked by its content, stored in the data folder.</summary>
public class PracticeAttachment
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
