using System.Globalization;
using System.Text.RegularExpressions;
using CommunityOfPractice.Features.Debates;

namespace CommunityOfPractice.Features.Syntheses;

/// <summary>
/// A statement cites a post by writing <c>[post:123]</c>. Each cited post becomes a numbered footnote, quoted as its
/// author's consent allows; a post that was hidden, withdrawn or is not part of the debate cannot be cited.
/// </summary>
internal static partial class Citations
{
    public const int FootnoteQuoteLength = 400;

    [GeneratedRegex(@"\[post:(\d{1,18})\]", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    public static string Of(long postId) => $"[post:{postId.ToString(CultureInfo.InvariantCulture)}]";

    public static IReadOnlyList<FieldError> Check(IReadOnlyDictionary<SynthesisSection, string> sections, IReadOnlyDictionary<long, DebateContribution> posts)
    {
        var errors = new List<FieldError>();
        foreach (var (section, text) in sections)
        {
            foreach (var id in Cited(text).Distinct())
            {
                var error = !posts.TryGetValue(id, out var post) ? "Post #{0} is not a post of this debate."
                    : post.Status is PostStatus.Hidden or PostStatus.Withdrawn ? "Post #{0} cannot be cited: it was hidden or withdrawn."
                    : post.Status == PostStatus.Held ? "Post #{0} cannot be cited: it still waits for a moderator."
                    : null;
                if (error is not null)
                {
                    errors.Add(new FieldError(section.ToString(), error, id));
                }
            }
        }
        return errors;
    }

    /// <summary>Replaces markers with footnote references; call after <see cref="Check"/> found nothing.</summary>
    public static (IReadOnlyList<SectionText> Sections, IReadOnlyList<Footnote> Footnotes) Resolve(
        IEnumerable<(SynthesisSection Key, string Markdown)> sections, IReadOnlyDictionary<long, DebateContribution> posts, SynthesisText text)
    {
        var numbers = new Dictionary<long, int>();
        var footnotes = new List<Footnote>();
        var resolved = new List<SectionText>();
        foreach (var (key, markdown) in sections)
        {
            var cited = Marker().Replace(markdown, match =>
            {
                var id = long.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
                if (!posts.TryGetValue(id, out var post) || post.Status != PostStatus.Published)
                {
                    return "";
                }
                if (!numbers.TryGetValue(id, out var number))
                {
                    number = numbers[id] = footnotes.Count + 1;
                    footnotes.Add(post.AttributionIn(text) is { } attribution
                        ? new Footnote(number, id, Excerpt(post.Markdown, FootnoteQuoteLength), attribution)
                        : new Footnote(number, id, null, text.NotQuotedFootnote));
                }
                return $"[^{number.ToString(CultureInfo.InvariantCulture)}]";
            });
            resolved.Add(new SectionText(key, text.Section(key), cited));
        }
        return (resolved, footnotes);
    }

    public static IEnumerable<long> Cited(string text) =>
        Marker().Matches(text).Select(m => long.TryParse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture, out var id) ? id : -1).Where(id => id > 0);

    /// <summary>
    /// Plain text of a post's Markdown (read by Markdig: no <c>**</c>, <c>_</c>, link syntax or raw HTML left), cut at a
    /// word boundary: a footnote quotes the words, in every export.
    /// </summary>
    public static string Excerpt(string markdown, int length)
    {
        var text = string.Join(' ', Markdig.Markdown.ToPlainText(markdown).Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= length)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', length);
        return text[..(cut > length / 2 ? cut : length)] + "…";
    }
}
