namespace CommunityOfPractice.Features.Syntheses;

/// <summary>
/// A synthesis as every export format renders it, and as the JSON export and the API publish it. Quotes and
/// footnotes already obey each author's consent: a "do not quote" post contributes to the figures only.
/// </summary>
/// <param name="Language">
/// The language of the document's own words ("en", "fr" or "es"): its title, headings, labels, attributions and dates.
/// Members' quotes stay in the words they wrote. Versions finalised before syntheses had a language are English.
/// </param>
internal sealed record SynthesisDocument(
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
    IReadOnlyList<Footnote> Footnotes,
    string Language = Synthesis.DefaultLanguage);
