using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Debates;

namespace CommunityOfPractice.Features.Syntheses;

/// <summary>
/// The coordinating body's account of one debate: a draft whose figures and quotes are generated from the debate,
/// with sections written by coordinators. Finalising freezes it into an immutable, numbered <see cref="SynthesisVersion"/>.
/// </summary>
public class Synthesis
{
    public const int MaxSectionLength = 40_000;

    public int Id { get; set; }
    public int DebateId { get; set; }
    public Debate? Debate { get; set; }
    public string Summary { get; set; } = "";
    public string Agreements { get; set; } = "";
    public string Disagreements { get; set; } = "";
    public string Gaps { get; set; } = "";
    public string Recommendations { get; set; } = "";
    /// <summary>The member check: participants may comment and endorse while <c>ReviewOpensAt &lt;= now &lt; ReviewClosesAt</c>.</summary>
    public DateTimeOffset? ReviewOpensAt { get; set; }
    public DateTimeOffset? ReviewClosesAt { get; set; }
    /// <summary>The window the participants were told about, so the opening mail goes out once per window.</summary>
    public DateTimeOffset? ReviewAnnouncedFor { get; set; }
    public string CreatedById { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Raised on each save: two coordinators saving the same draft cannot overwrite each other unseen.</summary>
    public int Revision { get; set; }
    public List<SynthesisVersion> Versions { get; set; } = [];

    public string Section(SynthesisSection section) => section switch
    {
        SynthesisSection.Summary => Summary,
        SynthesisSection.Agreements => Agreements,
        SynthesisSection.Disagreements => Disagreements,
        SynthesisSection.Gaps => Gaps,
        _ => Recommendations,
    };

    public MemberCheckState MemberCheckAt(DateTimeOffset now) =>
        ReviewOpensAt is not { } opens || ReviewClosesAt is not { } closes ? MemberCheckState.NotPlanned
        : now < opens ? MemberCheckState.Scheduled
        : now < closes ? MemberCheckState.Open
        : MemberCheckState.Closed;
}

public enum SynthesisSection
{
    Summary,
    Agreements,
    Disagreements,
    Gaps,
    Recommendations,
}

public enum MemberCheckState
{
    NotPlanned,
    Scheduled,
    Open,
    Closed,
}

/// <summary>A finalised synthesis: the whole document as it was, stored as JSON and never changed.</summary>
public class SynthesisVersion
{
    public int Id { get; set; }
    public int SynthesisId { get; set; }
    public Synthesis? Synthesis { get; set; }
    public int Number { get; set; }
    public DateTimeOffset FinalisedAt { get; set; }
    public string FinalisedById { get; set; } = "";
    /// <summary>The <see cref="SynthesisDocument"/> in the JSON export's schema.</summary>
    public string Document { get; set; } = "";
}

/// <summary>A participant's comment on a section during the member check.</summary>
public class SynthesisComment
{
    public const int MaxLength = 4_000;

    public long Id { get; set; }
    public int SynthesisId { get; set; }
    public SynthesisSection Section { get; set; }
    public string AuthorId { get; set; } = "";
    public AppUser? Author { get; set; }
    public string Text { get; set; } = "";
    public DateTimeOffset At { get; set; }
}

/// <summary>A participant endorses the draft as a fair account of the debate.</summary>
public class SynthesisEndorsement
{
    public int SynthesisId { get; set; }
    public string UserId { get; set; } = "";
    public AppUser? User { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>One export of a finalised version, produced by a background job and kept for download.</summary>
public class SynthesisExport
{
    public int Id { get; set; }
    public int VersionId { get; set; }
    public SynthesisVersion? Version { get; set; }
    public ExportFormat Format { get; set; }
    public ExportStatus Status { get; set; }
    /// <summary>0 to 100.</summary>
    public int Progress { get; set; }
    public long Size { get; set; }
    public string? Error { get; set; }
    public string RequestedById { get; set; } = "";
    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}

public enum ExportFormat
{
    Docx,
    Markdown,
    Html,
    Json,
    Csv,
}

public enum ExportStatus
{
    Queued,
    Running,
    Done,
    Failed,
}
