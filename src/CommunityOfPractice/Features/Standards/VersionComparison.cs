namespace CommunityOfPractice.Features.Standards;

/// <summary>
/// Compares any two versions paragraph by paragraph. Paragraphs are paired by their <see cref="StandardParagraph.Key"/>,
/// which numbering carries from version to version, so versions 1 and 3 compare as well as 1 and 2.
/// </summary>
internal static class VersionComparison
{
    /// <summary>
    /// The two versions to compare among <paramref name="numbers"/> (at least two, ascending), from a query's "from" and
    /// "to": by default the latest two. <c>Corrected</c> says the query named a version that is not there, or one twice,
    /// and the latest two are compared instead.
    /// </summary>
    public static (int From, int To, bool Corrected) Choose(IReadOnlyList<int> numbers, string? from, string? to)
    {
        int? Parse(string? value) => int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && numbers.Contains(n) ? n : null;
        var (older, newer) = (Parse(from), Parse(to));
        var corrected = (from is not null && older is null) || (to is not null && newer is null) || (older is not null && older == newer);
        if (corrected)
        {
            (older, newer) = (null, null);
        }
        var toNumber = newer ?? numbers[^1];
        var fromNumber = older ?? numbers.Where(n => n < toNumber).DefaultIfEmpty(numbers[0]).Max();
        if (fromNumber == toNumber)
        {
            fromNumber = numbers.First(n => n != toNumber);
        }
        return (fromNumber, toNumber, corrected);
    }

    /// <summary>Rows in the newer version's order; a removed paragraph comes right after the one that preceded it.</summary>
    public static IReadOnlyList<ParagraphChange> Compare(IReadOnlyList<StandardParagraph> older, IReadOnlyList<StandardParagraph> newer)
    {
        var olderInOrder = older.OrderBy(p => p.Order).ToList();
        var newerByKey = newer.ToDictionary(p => p.Key, StringComparer.Ordinal);
        var olderByKey = olderInOrder.ToDictionary(p => p.Key, StringComparer.Ordinal);
        var rows = new List<ParagraphChange>();
        var removedAfter = olderInOrder.Select((p, i) => (p, i)).Where(x => !newerByKey.ContainsKey(x.p.Key))
            .ToLookup(x => x.i == 0 ? null : PrecedingKept(olderInOrder, x.i, newerByKey), x => x.p);
        AddRemoved(rows, removedAfter[null]);
        foreach (var paragraph in newer.OrderBy(p => p.Order))
        {
            if (olderByKey.TryGetValue(paragraph.Key, out var before))
            {
                var sameText = TextSimilarity.Normalise(before.Markdown) == TextSimilarity.Normalise(paragraph.Markdown);
                var kind = before.Number != paragraph.Number ? ParagraphChangeKind.Moved
                    : sameText ? ParagraphChangeKind.Unchanged : ParagraphChangeKind.Edited;
                var runs = sameText ? [new DiffRun(DiffRunKind.Unchanged, paragraph.Markdown)] : WordDiff.Of(before.Markdown, paragraph.Markdown);
                rows.Add(new ParagraphChange(paragraph.Key, before.Number, paragraph.Number, kind, runs));
            }
            else
            {
                rows.Add(new ParagraphChange(paragraph.Key, null, paragraph.Number, ParagraphChangeKind.Added, [new DiffRun(DiffRunKind.Inserted, paragraph.Markdown)]));
            }
            AddRemoved(rows, removedAfter[paragraph.Key]);
        }
        return rows;
    }

    private static string? PrecedingKept(List<StandardParagraph> older, int index, Dictionary<string, StandardParagraph> newerByKey)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (newerByKey.ContainsKey(older[i].Key))
            {
                return older[i].Key;
            }
        }
        return null;
    }

    private static void AddRemoved(List<ParagraphChange> rows, IEnumerable<StandardParagraph> removed) =>
        rows.AddRange(removed.Select(p => new ParagraphChange(p.Key, p.Number, null, ParagraphChangeKind.Removed, [new DiffRun(DiffRunKind.Deleted, p.Markdown)])));
}
