using System.Numerics;
using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Practices;

/// <summary>
/// The snapshot's facet values as small integers: each entry's countries, themes, years and language are indexes into
/// tables of the values that occur, so counting the facets of 50,000 entries is array increments, not hashing. The
/// counts of the whole catalog, with no words and no filter (the list as a visitor first sees it), are counted once.
/// </summary>
internal sealed class PracticeFacetIndex
{
    private const int None = -1;
    private const int Nobody = -2;

    private readonly Table<string> countries;
    private readonly Table<int> themes;
    private readonly Table<int> years;
    private readonly Table<string> languages;
    /// <summary>
    /// Every entry's facet keys, one entry after the other, so a count reads memory in order: its regions (bits), NCD
    /// areas, involvement types, language, then its countries, themes and years, each list led by its length.
    /// </summary>
    private readonly int[] keys;
    private readonly int[] start;
    private readonly int[] everyPosition;
    private readonly Lazy<PracticeFacets> unfiltered;

    public PracticeFacetIndex(IReadOnlyList<PublicPractice> entries)
    {
        countries = new(entries.SelectMany(e => e.CountryArray));
        themes = new(entries.SelectMany(e => e.ThemeArray));
        years = new(entries.SelectMany(e => e.YearArray));
        languages = new(entries.Select(e => e.Language));
        var flat = new List<int>(entries.Count * 12);
        start = new int[entries.Count];
        for (var position = 0; position < entries.Count; position++)
        {
            var entry = entries[position];
            start[position] = flat.Count;
            flat.Add(entry.RegionArray.Aggregate(0, (bits, region) => bits | 1 << (int)region));
            flat.Add((int)entry.Areas);
            flat.Add((int)entry.Involvement);
            flat.Add(languages.Key(entry.Language));
            foreach (var list in new[] { countries.Keys(entry.CountryArray), themes.Keys(entry.ThemeArray), years.Keys(entry.YearArray) })
            {
                flat.Add(list.Length);
                flat.AddRange(list);
            }
        }
        keys = [.. flat];
        everyPosition = Enumerable.Range(0, entries.Count).ToArray();
        unfiltered = new(() => Count(everyPosition, new PracticeQuery()).Facets);
    }

    /// <summary>
    /// Counts each facet's values over the entries at <paramref name="positions"/> (null: all of them) that pass every
    /// other filter of <paramref name="query"/>: "Africa (12)" is what choosing Africa instead of the current region
    /// would give, and choosing it never leads to an empty page. Also gives the positions passing all filters, in the
    /// order they were given.
    /// </summary>
    public (PracticeFacets Facets, IReadOnlyList<int> Passing) Count(IReadOnlyList<int>? positions, PracticeQuery query)
    {
        var filter = Resolve(query);
        if (positions is null && filter.IsEmpty)
        {
            return (unfiltered.Value, everyPosition);
        }
        positions ??= everyPosition;
        var regions = new int[32];
        var areas = new int[32];
        var involvement = new int[32];
        var countryCounts = new int[countries.Values.Length];
        var themeCounts = new int[themes.Values.Length];
        var yearCounts = new int[years.Values.Length];
        var languageCounts = new int[languages.Values.Length];
        var passing = filter.IsEmpty ? positions : new List<int>();
        for (var n = 0; n < positions.Count; n++)
        {
            var position = positions[n];
            var entry = keys.AsSpan(start[position]);
            var countryList = entry.Slice(5, entry[4]);
            var themeAt = 5 + countryList.Length;
            var themeList = entry.Slice(themeAt + 1, entry[themeAt]);
            var yearAt = themeAt + 1 + themeList.Length;
            var yearList = entry.Slice(yearAt + 1, entry[yearAt]);
            // One bit per filter the entry fails; with none failed every facet counts it, with one only that facet does.
            var failed = 0;
            if (!filter.IsEmpty)
            {
                if (filter.Region != None && (entry[0] & 1 << filter.Region) == 0) failed |= 1 << 0;
                if (filter.Country != None && !countryList.Contains(filter.Country)) failed |= 1 << 1;
                if (filter.Area != 0 && ((uint)entry[1] & filter.Area) == 0) failed |= 1 << 2;
                if (filter.Theme != None && !themeList.Contains(filter.Theme)) failed |= 1 << 3;
                if (filter.Involvement != 0 && ((uint)entry[2] & filter.Involvement) == 0) failed |= 1 << 4;
                if (filter.Language != None && entry[3] != filter.Language) failed |= 1 << 5;
                if (filter.Year != None && !yearList.Contains(filter.Year)) failed |= 1 << 6;
                if ((failed & (failed - 1)) != 0)
                {
                    continue;
                }
                if (failed == 0)
                {
                    ((List<int>)passing).Add(position);
                }
            }
            if (failed is 0 or 1 << 0)
            {
                AddBits(regions, (uint)entry[0]);
            }
            if (failed is 0 or 1 << 1)
            {
                Increment(countryCounts, countryList);
            }
            if (failed is 0 or 1 << 2)
            {
                AddBits(areas, (uint)entry[1]);
            }
            if (failed is 0 or 1 << 3)
            {
                Increment(themeCounts, themeList);
            }
            if (failed is 0 or 1 << 4)
            {
                AddBits(involvement, (uint)entry[2]);
            }
            if (failed is 0 or 1 << 5)
            {
                languageCounts[entry[3]]++;
            }
            if (failed is 0 or 1 << 6)
            {
                Increment(yearCounts, yearList);
            }
        }
        var facets = new PracticeFacets(
            Sorted(regions.Take(Enum.GetValues<WhoRegion>().Length).Select((count, i) => KeyValuePair.Create((WhoRegion)i, count))),
            Sorted(countries.With(countryCounts)),
            Sorted(areas.Select((count, bit) => KeyValuePair.Create((NcdAreas)(1 << bit), count))),
            Sorted(themes.With(themeCounts)),
            Sorted(involvement.Select((count, bit) => KeyValuePair.Create((InvolvementTypes)(1 << bit), count))),
            Sorted(languages.With(languageCounts)),
            years.With(yearCounts).Where(y => y.Value > 0).OrderByDescending(y => y.Key).Select(y => new FacetCount<int>(y.Key, y.Value)).ToList());
        return (facets, passing);
    }

    /// <summary>A query's filters as keys of this index; a value no entry has is <see cref="Nobody"/>, which every entry fails.</summary>
    private Filter Resolve(PracticeQuery query) => new(
        query.Region is { } region ? (int)region : None,
        query.Country is { } country ? countries.KeyOrNobody(country) : None,
        (uint)(query.Area ?? 0),
        query.Theme is { } theme ? themes.KeyOrNobody(theme) : None,
        (uint)(query.Involvement ?? 0),
        query.Language is { } language ? languages.KeyOrNobody(language) : None,
        query.Year is { } year ? years.KeyOrNobody(year) : None);

    private static void Increment(int[] counts, ReadOnlySpan<int> keys)
    {
        foreach (var key in keys)
        {
            counts[key]++;
        }
    }

    private static void AddBits(int[] counts, uint flags)
    {
        while (flags != 0)
        {
            counts[BitOperations.TrailingZeroCount(flags)]++;
            flags &= flags - 1;
        }
    }

    private static List<FacetCount<T>> Sorted<T>(IEnumerable<KeyValuePair<T, int>> counts) where T : notnull =>
        counts.Where(c => c.Value > 0).OrderByDescending(c => c.Value).ThenBy(c => c.Key).Select(c => new FacetCount<T>(c.Key, c.Value)).ToList();

    private readonly record struct Filter(int Region, int Country, uint Area, int Theme, uint Involvement, int Language, int Year)
    {
        public bool IsEmpty => Region == None && Country == None && Area == 0 && Theme == None && Involvement == 0 && Language == None && Year == None;
    }

    /// <summary>The distinct values of one facet, each with its key: its index in <see cref="Values"/>.</summary>
    private sealed class Table<T> where T : notnull
    {
        private readonly Dictionary<T, int> keys;

        public Table(IEnumerable<T> values)
        {
            Values = values.Distinct().ToArray();
            keys = Values.Select((value, key) => (value, key)).ToDictionary(p => p.value, p => p.key);
        }

        public T[] Values { get; }

        public int Key(T value) => keys[value];

        public int KeyOrNobody(T value) => keys.TryGetValue(value, out var key) ? key : Nobody;

        public int[] Keys(T[] values) => Array.ConvertAll(values, Key);

        public IEnumerable<KeyValuePair<T, int>> With(int[] counts) => Values.Select((value, key) => KeyValuePair.Create(value, counts[key]));
    }
}
