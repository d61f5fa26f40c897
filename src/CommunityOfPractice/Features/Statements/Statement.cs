namespace CommunityOfPractice.Features.Statements;

/// <summary>
/// A joint statement that member organisations sign during a window. Whether it takes signatures is decided from the
/// clock (<see cref="StateAt"/>) at commit time, never from a stored state; <see cref="PublishedAt"/> is set once by the
/// closing job (or the reconciler) so the public page appears, and its cache is dropped, when the window has closed.
/// </summary>
internal sealed class Statement
{
    public const int TitleLength = 200;
    public const int TextLength = 40_000;

    public int Id { get; set; }
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    /// <summary>Markdown as written; <see cref="Html"/> is what the platform's renderer and sanitizer made of it.</summary>
    public string Markdown { get; set; } = "";
    public string Html { get; set; } = "";
    /// <summary>"en", "fr" or "es".</summary>
    public string Language { get; set; } = "en";
    /// <summary>Statements that are translations of each other share this key.</summary>
    public string TranslationKey { get; set; } = "";
    /// <summary>The working group that drafted it; null when coordinators did.</summary>
    public int? WorkingGroupId { get; set; }
    public string CreatedById { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset OpensAt { get; set; }
    public DateTimeOffset ClosesAt { get; set; }
    /// <summary>When the opening job (or the reconciler) recorded the opening: claimed once.</summary>
    public DateTimeOffset? OpenedAt { get; set; }
    /// <summary>When the closing job (or the reconciler) published it: claimed once, after the window.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    public List<StatementSignature> Signatures { get; set; } = [];

    /// <summary>Draft before the window opens, open from <see cref="OpensAt"/> (included) to <see cref="ClosesAt"/> (excluded), closed after.</summary>
    public StatementState StateAt(DateTimeOffset now) => now < OpensAt ? StatementState.Draft : now < ClosesAt ? StatementState.Open : StatementState.Closed;

    public bool IsOpenAt(DateTimeOffset now) => StateAt(now) == StatementState.Open;
}
