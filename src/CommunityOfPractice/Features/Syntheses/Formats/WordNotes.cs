using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CommunityOfPractice.Features.Syntheses.Formats;

/// <summary>
/// A Word document's footnotes, one note per reference. A post cited three times gets its text three times: Word and
/// LibreOffice number every reference, and a second reference to one note showed a mark with an empty note.
/// A marker with no footnote behind it (a member who typed "[^7]") stays text.
/// </summary>
internal sealed class WordNotes(IReadOnlyList<Footnote> footnotes, SynthesisText text)
{
    private readonly Dictionary<int, string> texts = footnotes.ToDictionary(footnote => footnote.Number, text.Footnote);
    private readonly List<W.Footnote> written = [];

    /// <summary>The reference to a new note holding footnote <paramref name="number"/>'s text, or null when there is none.</summary>
    public Run? Reference(int number)
    {
        if (!texts.TryGetValue(number, out var note))
        {
            return null;
        }
        var id = written.Count + 1;
        written.Add(new W.Footnote(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "FootnoteText" }),
            new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new FootnoteReferenceMark()),
            new Run(DocxExport.Text(" " + note)))) { Id = id });
        return new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new FootnoteReference { Id = id });
    }

    /// <summary>The footnotes part: Word's two separators, then every note written.</summary>
    public Footnotes Part() => new([
        new W.Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
        new W.Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
        .. written]);
}
