namespace CommunityOfPractice.Features.Standards;

/// <summary>
/// Numbers a version's sections and paragraphs so that a paragraph's number (and so its permalink) stays the same from
/// version to version wherever its text did not move. The rule:
/// <list type="number">
/// <item>A paragraph of the new version is the same paragraph as one of the previous version when its text is the same
/// (white space aside) or, failing that, when their words are alike (<see cref="SameParagraph"/> or more, best pairs
/// first). It then keeps that paragraph's <see cref="NumberedParagraph.Key"/>, its identity for comments, proposals and
/// comparisons, wherever it went.</item>
/// <item>A section is the same section as one of the previous version when its heading is the same, or, between two
/// such sections, when its heading is alike or half its paragraphs come from it. The same section keeps its number.</item>
/// <item>A paragraph keeps its number when it stayed in the same section and in the same order relative to the other
/// paragraphs that stayed (the longest such run). That covers unchanged and edited paragraphs, and the paragraphs
/// around an insertion or a deletion.</item>
/// <item>Every other paragraph (new, or moved to another place) gets a number between its neighbours that keeps the
/// reading order and that no earlier version used: the next integer at the end of a section ("3.9"), otherwise a free
/// integer in between, otherwise a letter after its predecessor ("3.4a" after "3.4", then "3.4b"). Sections are
/// numbered the same way ("3a"). A deleted or moved paragraph's old number is retired, never given to another text.</item>
/// <item>In the rare case no such number exists (an insertion right before "3.4a" after "3.4"), the following kept
/// paragraph is renumbered too, so the order always reads right.</item>
/// </list>
/// The first version is numbered 1, 2, 3… in each section, with the text before the first heading as section "0".
/// </summary>
internal static class ParagraphNumbering
{
    /// <summary>How alike (by <see cref="TextSimilarity"/>) an edited paragraph must be to its old text to stay the same paragraph.</summary>
    public const double SameParagraph = 0.5;

    /// <summary>How far apart, in paragraphs, an edited paragraph is looked for; farther, only an unchanged text is recognised.</summary>
    public const int SearchWindow = 200;

    public static IReadOnlyList<NumberedSection> Number(IReadOnlyList<OutlineSection> outline, NumberingHistory? history = null, Func<string>? newKey = null)
    {
        history ??= NumberingHistory.None;
        newKey ??= NewKey;
        var previous = history.Previous;
        var oldParagraphs = FlattenNumbered(previous);
        var newParagraphs = Flatten(outline.Select(s => s.Paragraphs.ToList()).ToList());
        var match = MatchParagraphs(oldParagraphs, newParagraphs);
        var sectionMatch = MatchSections(previous, outline, oldParagraphs, newParagraphs, match);

        var usedSections = new HashSet<string>(history.UsedSectionNumbers, StringComparer.Ordinal);
        usedSections.UnionWith(previous.Select(s => s.Number));
        var sectionNumbers = Assign(
            outline.Select((s, i) => sectionMatch[i] is { } o ? OutlineNumber.Parse(previous[o].Number) : (OutlineNumber?)null).ToList(),
            usedSections,
            outline.Count > 0 && outline[0].Level == 0);

        var usedParagraphs = new HashSet<string>(history.UsedParagraphNumbers, StringComparer.Ordinal);
        usedParagraphs.UnionWith(previous.SelectMany(s => s.Paragraphs).Select(p => p.Number));
        var sections = new List<NumberedSection>(outline.Count);
        for (var s = 0; s < outline.Count; s++)
        {
            var sectionNumber = sectionNumbers[s];
            var inSection = newParagraphs.Where(p => p.Section == s).ToList();
            var kept = KeptInPlace(inSection, sectionMatch[s], oldParagraphs, match);
            var prefix = sectionNumber + ".";
            var used = usedParagraphs.Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Select(n => n[prefix.Length..]).ToHashSet(StringComparer.Ordinal);
            var numbers = Assign(
                inSection.Select(p => kept.Contains(p.Index) ? LocalNumber(oldParagraphs[match[p.Index]].Number!) : (OutlineNumber?)null).ToList(),
                used,
                startsAtZero: false);
            var paragraphs = inSection.Select((p, i) => new NumberedParagraph(
                prefix + numbers[i],
                match[p.Index] >= 0 ? oldParagraphs[match[p.Index]].Key! : newKey(),
                p.Text)).ToList();
            var key = sectionMatch[s] is { } old ? previous[old].Key : newKey();
            sections.Add(new NumberedSection(sectionNumber, key, outline[s].Heading, outline[s].Level, paragraphs));
        }
        return sections;
    }

    /// <summary>A short random key; unique within a document in practice (48 bits), and checked by a unique index.</summary>
    public static string NewKey() => Guid.NewGuid().ToString("N")[..12];

    private sealed record Paragraph(int Index, int Section, int InSection, string Text, string Normalised, Dictionary<string, int> Words)
    {
        public string? Number { get; init; }
        public string? Key { get; init; }
    }

    private static List<Paragraph> Flatten(List<List<string>> sections)
    {
        var list = new List<Paragraph>();
        for (var s = 0; s < sections.Count; s++)
        {
            for (var p = 0; p < sections[s].Count; p++)
            {
                list.Add(new Paragraph(list.Count, s, p, sections[s][p], TextSimilarity.Normalise(sections[s][p]), TextSimilarity.Words(sections[s][p])));
            }
        }
        return list;
    }

    private static List<Paragraph> FlattenNumbered(IReadOnlyList<NumberedSection> sections)
    {
        var list = Flatten(sections.Select(s => s.Paragraphs.Select(p => p.Markdown).ToList()).ToList());
        var numbered = sections.SelectMany(s => s.Paragraphs).ToList();
        return list.Select((p, i) => p with { Number = numbered[i].Number, Key = numbered[i].Key }).ToList();
    }

    /// <summary>For each new paragraph, the index of the old paragraph it is, or -1.</summary>
    private static int[] MatchParagraphs(List<Paragraph> old, List<Paragraph> current)
    {
        var match = Enumerable.Repeat(-1, current.Count).ToArray();
        var taken = new bool[old.Count];
        var byText = old.GroupBy(p => p.Normalised, StringComparer.Ordinal).ToDictionary(g => g.Key, g => new Queue<int>(g.Select(p => p.Index)), StringComparer.Ordinal);
        foreach (var paragraph in current)
        {
            if (byText.TryGetValue(paragraph.Normalised, out var same) && same.Count > 0)
            {
                var o = same.Dequeue();
                match[paragraph.Index] = o;
                taken[o] = true;
            }
        }

        var pairs = new List<(double Similarity, int Distance, int New, int Old)>();
        foreach (var paragraph in current.Where(p => match[p.Index] < 0))
        {
            var from = Math.Max(0, paragraph.Index - SearchWindow);
            var to = Math.Min(old.Count - 1, paragraph.Index + SearchWindow);
            for (var o = from; o <= to; o++)
            {
                if (!taken[o] && TextSimilarity.Of(paragraph.Words, old[o].Words) is var similarity && similarity >= SameParagraph)
                {
                    pairs.Add((similarity, Math.Abs(paragraph.Index - o), paragraph.Index, o));
                }
            }
        }
        foreach (var pair in pairs.OrderByDescending(p => p.Similarity).ThenBy(p => p.Distance).ThenBy(p => p.New).ThenBy(p => p.Old))
        {
            if (match[pair.New] < 0 && !taken[pair.Old])
            {
                match[pair.New] = pair.Old;
                taken[pair.Old] = true;
            }
        }
        return match;
    }

    /// <summary>For each new section, the index of the old section it is, or null. Matches keep the reading order.</summary>
    private static int?[] MatchSections(IReadOnlyList<NumberedSection> old, IReadOnlyList<OutlineSection> current, List<Paragraph> oldParagraphs, List<Paragraph> newParagraphs, int[] match)
    {
        static string Heading(int level, string heading) => level == 0 ? "\0" : TextSimilarity.Normalise(heading).ToLowerInvariant();
        var result = new int?[current.Count];
        var anchors = Subsequences.LongestCommonSubsequence(old.Select(s => Heading(s.Level, s.Heading)).ToList(), current.Select(s => Heading(s.Level, s.Heading)).ToList());
        var lastOld = -1;
        var lastNew = -1;
        foreach (var (o, n) in anchors.Append((old.Count, current.Count)))
        {
            // Between two sections whose headings did not change, pair renamed sections in order.
            var candidate = lastOld + 1;
            for (var c = lastNew + 1; c < n; c++)
            {
                for (var k = candidate; k < o; k++)
                {
                    if (old[k].Level != 0 && current[c].Level != 0 && IsSameSection(k, c))
                    {
                        result[c] = k;
                        candidate = k + 1;
                        break;
                    }
                }
            }
            if (n < current.Count)
            {
                result[n] = o;
            }
            lastOld = o;
            lastNew = n;
        }
        return result;

        bool IsSameSection(int o, int c)
        {
            if (TextSimilarity.Of(old[o].Heading, current[c].Heading) >= SameParagraph)
            {
                return true;
            }
            var mine = newParagraphs.Where(p => p.Section == c).ToList();
            var fromThere = mine.Count(p => match[p.Index] >= 0 && oldParagraphs[match[p.Index]].Section == o);
            return fromThere > 0 && fromThere * 2 >= Math.Max(mine.Count, old[o].Paragraphs.Count);
        }
    }

    /// <summary>The new paragraphs (by index) that keep their number: same section, same relative order.</summary>
    private static HashSet<int> KeptInPlace(List<Paragraph> inSection, int? oldSection, List<Paragraph> oldParagraphs, int[] match)
    {
        if (oldSection is not { } section)
        {
            return [];
        }
        var stayed = inSection.Where(p => match[p.Index] >= 0 && oldParagraphs[match[p.Index]].Section == section).ToList();
        var order = stayed.Select(p => match[p.Index]).ToList();
        return Subsequences.LongestIncreasing(order).Select(i => stayed[i].Index).ToHashSet();
    }

    private static OutlineNumber LocalNumber(string number) => OutlineNumber.Parse(number[(number.LastIndexOf('.') + 1)..]);

    /// <summary>
    /// Numbers a list in reading order: items with a kept number keep it where it still reads in order; the others get
    /// the first free number between their neighbours.
    /// </summary>
    private static List<string> Assign(List<OutlineNumber?> kept, HashSet<string> used, bool startsAtZero)
    {
        var numbers = new OutlineNumber?[kept.Count];
        var isKept = kept.Select(k => k is not null).ToArray();
        var maxMajor = used.Select(u => OutlineNumber.Parse(u).Major).Concat(kept.Where(k => k is not null).Select(k => k!.Value.Major)).DefaultIfEmpty(0).Max();
        OutlineNumber? last = null;
        for (var i = 0; i < kept.Count; i++)
        {
            if (isKept[i] && (last is null || kept[i]!.Value > last.Value))
            {
                numbers[i] = last = kept[i];
                continue;
            }
            isKept[i] = false;
            if (i == 0 && startsAtZero)
            {
                // The text before the first heading is always section 0.
                numbers[i] = last = new OutlineNumber(0, "");
                used.Add("0");
                continue;
            }
            while (true)
            {
                var nextIndex = Array.FindIndex(isKept, i + 1, k => k);
                var next = nextIndex < 0 ? null : kept[nextIndex];
                var candidate = Between(last, next, used, ref maxMajor);
                if (candidate is { } found)
                {
                    numbers[i] = last = found;
                    used.Add(found.ToString());
                    break;
                }
                isKept[nextIndex] = false;
            }
        }
        return numbers.Select(n => n!.Value.ToString()).ToList();
    }

    private static OutlineNumber? Between(OutlineNumber? last, OutlineNumber? next, HashSet<string> used, ref int maxMajor)
    {
        if (next is null)
        {
            maxMajor = Math.Max(maxMajor, last?.Major ?? 0) + 1;
            while (used.Contains(maxMajor.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                maxMajor++;
            }
            return new OutlineNumber(maxMajor, "");
        }
        var low = last ?? new OutlineNumber(0, "");
        for (var major = low.Major + 1; major < next.Value.Major; major++)
        {
            var whole = new OutlineNumber(major, "");
            if (!used.Contains(whole.ToString()))
            {
                return whole;
            }
        }
        // A letter: first the next sibling of the last number ("4a" then "4b"), then a child of it ("4" then "4a").
        var candidates = new List<OutlineNumber>();
        if (low.Suffix.Length > 0)
        {
            for (var c = (char)(low.Suffix[^1] + 1); c <= 'z'; c++)
            {
                candidates.Add(low with { Suffix = low.Suffix[..^1] + c });
            }
        }
        for (var c = 'a'; c <= 'z'; c++)
        {
            candidates.Add(low with { Suffix = low.Suffix + c });
        }
        foreach (var candidate in candidates)
        {
            if (candidate > low && candidate < next.Value && !used.Contains(candidate.ToString()))
            {
                return candidate;
            }
        }
        return null;
    }
}
