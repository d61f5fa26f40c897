using CommunityOfPractice.Data;

namespace CommunityOfPractice.Features.Standards;

/// <summary>
/// A standard the coordinating body writes and the community consults on, version after version. Its text lives in
/// its <see cref="StandardVersion"/>s; the document holds what stays the same across them.
/// </summary>
public sealed class StandardDocument
{
    // Lengths the validators, the database columns and the forms share.
    public const int TitleLength = 200;
    public const int SummaryLength = 2000;
    public const int SlugLength = 80;
    /// <summary>
    /// A standard runs to tens of pages; 40,000 words is about 120 of them. A longer body is refused before it is parsed,
    /// so nobody can make the server number a book.
    /// </summary>
    public const int MaxWords = 40_000;
    /// <summary>A guard on characters as well as words, so a body of one endless "word" is refused too.</summary>
    public const int BodyLength = 400_000;

    /// <summary>The languages a standard is written in.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "fr", "es"];

    public int Id { get; set; }
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Language { get; set; } = "en";
    /// <summary>The document this one translates, so the pages can link the languages of one standard.</summary>
    public int? TranslationOfId { get; set; }
    public string CreatedById { get; set; } = "";
    public AppUser? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The version organisations endorse; set when the endorsement window opens, and never public before that.</summary>
    public int? FinalVersionId { get; set; }
    public DateTimeOffset? EndorsementOpensAt { get; set; }
    public DateTimeOffset? EndorsementClosesAt { get; set; }
    /// <summary>
    /// The working group whose private space holds this document, or null for a standard of the whole community. A group's
    /// document is never public: every community-wide reader filters it out (<see cref="StandardAudience.OfTheCommunity"/>).
    /// </summary>
    public int? WorkingGroupId { get; set; }
    public List<StandardVersion> Versions { get; set; } = [];

    public bool IsEndorsementOpenAt(DateTimeOffset now) =>
        FinalVersionId is not null && EndorsementOpensAt <= now && now < EndorsementClosesAt;
}
