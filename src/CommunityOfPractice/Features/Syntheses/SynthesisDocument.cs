namespace CommunityOfPractice.Features.Syntheses;

/// <summary>
/// A synthesis as every export format renders it, and as the JSON export and the API publish it. Quotes and
/// footnotes already obey each author's consent: a "do not quote" post contributes to the figures only.
/// </summary>
public sealed record SynthesisDocument(
    int SynthesisId,
    int? Version,
    DateTimeOffset? FinalisedAt,
    DateTimeOffset GeneratedAt,
    string Title,
    DebateDetails Debate,
    WebinarDetails? Webinar,
    IReadOnlyList<string> GuidingQuestions,
    ParticipationFigures Figures,
    IReadOnlyList<QuestionHighlights> Highlights,
    IReadOnlyList<SectionText> Sections,
    IReadOnlyList<Footnote> Footnotes);

public sealed record DebateDetails(int Id, string Title, string Summary, DateTimeOffset OpensAt, DateTimeOffset ClosesAt);

public sealed record WebinarDetails(string Title, DateTimeOffset StartsAt, string? RecordingUrl);

/// <summary>Who took part and how much: counts published member posts, whatever their authors' quoting consent.</summary>
public sealed record ParticipationFigures(
    int Participants,
    int Posts,
    int PostsFromPeopleLivingWithNcds,
    double PercentFromPeopleLivingWithNcds,
    IReadOnlyList<FigureRow> ByCategory,
    IReadOnlyList<FigureRow> ByRegion,
    IReadOnlyList<FigureRow> ByCountry,
    IReadOnlyList<FigureRow> ByDay);

public sealed record FigureRow(string Key, string Label, int Participants, int Posts);

/// <summary>The highlighted posts of one guiding question (or of none), quoted as their authors allow.</summary>
public sealed record QuestionHighlights(string Question, IReadOnlyList<Quote> Quotes, int NotQuoted);

public sealed record Quote(long PostId, string Text, string Attribution);

/// <summary>A written section; citations are footnote markers <c>[^n]</c> numbered as in <see cref="SynthesisDocument.Footnotes"/>.</summary>
public sealed record SectionText(SynthesisSection Key, string Heading, string Markdown);

/// <summary>A cited post. <see cref="Quote"/> is null when its author asked not to be quoted.</summary>
public sealed record Footnote(int Number, long PostId, string? Quote, string Attribution)
{
    public string Text => Quote is null ? Attribution : $"“{Quote}” ({Attribution})";
}
