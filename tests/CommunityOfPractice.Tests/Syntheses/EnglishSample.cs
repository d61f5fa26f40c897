using CommunityOfPractice.Features.Syntheses;

namespace CommunityOfPractice.Tests.Syntheses;

/// <summary>
/// A finalised English synthesis with every part an export prints (webinar and recording, questions, every figure
/// table, quotes, a contribution not quoted, footnotes of both kinds, an empty section), fixed to the minute. Its
/// exports as they were written before syntheses had a language are kept beside it (english-sample.*), the Word
/// file's text with its contents entries, which were an empty field until then.
/// </summary>
internal static class EnglishSample
{
    public static SynthesisDocument Document()
    {
        var finalised = new DateTimeOffset(2026, 3, 12, 14, 30, 0, TimeSpan.Zero);
        var opens = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        return new SynthesisDocument(
            7, 2, finalised, finalised, "Synthesis of the debate: Seats at the table",
            new DebateDetails(3, "Seats at the table", "Three days on **councils** and budgets.", opens, opens.AddDays(3)),
            new WebinarDetails("Budgets and seats", opens.AddDays(-2), "https://video.example.org/recording"),
            ["Who sits on the council?", "What stood in the way?"],
            new ParticipationFigures(4, 7, 3, 42.9,
                [new FigureRow("PersonLivingWithNcd", "People living with NCDs", 2, 3), new FigureRow("FamilyMemberOrCaregiver", "Family members and caregivers", 1, 2)],
                [new FigureRow("Americas", "Americas", 1, 2), new FigureRow("Unknown", "Unknown", 1, 2)],
                [new FigureRow("MX", "Mexico", 1, 2), new FigureRow("", "Unknown", 1, 2)],
                [new FigureRow("2026-03-02", "2026-03-02", 2, 2), new FigureRow("2026-03-03", "2026-03-03", 3, 5)]),
            [
                new QuestionHighlights("Who sits on the council?", [new Quote(11, "We asked for **two** seats.", "Amina W."), new Quote(12, "Caregivers need paid respite.", "a family member or caregiver, Europe region")], 0),
                new QuestionHighlights("What stood in the way?", [], 1),
                new QuestionHighlights("Other contributions", [], 2),
            ],
            [
                new SectionText(SynthesisSection.Summary, "Summary", "Navigators helped[^1]; some stories stay private[^2]."),
                new SectionText(SynthesisSection.Agreements, "Points of agreement", "- **Everyone** agreed on respite[^1]"),
                new SectionText(SynthesisSection.Disagreements, "Points of disagreement", ""),
                new SectionText(SynthesisSection.Gaps, "Gaps identified", "Rural clinics."),
                new SectionText(SynthesisSection.Recommendations, "Recommendations", "1. Fund navigators."),
            ],
            [new Footnote(1, 11, "We asked for two seats.", "Amina W."), new Footnote(2, 13, null, "A contribution from a participant who asked not to be quoted.")]);
    }
}
