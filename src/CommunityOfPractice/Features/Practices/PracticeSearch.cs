using System.Globalization;
using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Practices;

public enum PracticeSort
{
    Relevance,
    Newest,
}

/// <summary>
/// One state of the public list, as its address says it: <c>q</c>, <c>region</c>, <c>country</c>, <c>area</c>,
/// <c>theme</c>, <c>type</c>, <c>lang</c>, <c>year</c>, <c>sort</c>, <c>page</c>. The page and the JSON API read the same.
/// </summary>
public sealed record PracticeQuery(
    string? Text = null,
    WhoRegion? Region = null,
    string? Country = null,
    NcdAreas? Area = null,
    int? Theme = null,
    InvolvementTypes? Involvement = null,
    string? Language = null,
    int? Year = null,
    PracticeSort? Sort = null,
    int Page = 1)
{
    public const int PageSize = 20;

    public PracticeSort EffectiveSort => Sort ?? (string.IsNullOrWhiteSpace(Text) ? PracticeSort.Newest : PracticeSort.Relevance);

    /// <summary>Reads the address's parameters; each value that makes no sense is dropped with a notice, never an error page.</summary>
    public static PracticeQuery Parse(Func<string, string?> get, out List<FieldError> notices)
    {
        notices = [];
        var text = get("q")?.Trim();
        if (text is { Length: > PracticeSearchIndex.MaxQueryLength })
        {
            notices.Add(new("q", "Your search was shortened to its first {0} characters.", PracticeSearchIndex.MaxQueryLength));
            text = text[..PracticeSearchIndex.MaxQueryLength];
        }
        if (text is { Length: > 0 } && PracticeSearchIndex.Terms(text).Count == 0)
        {
            notices.Add(new("q", "Your search has no words we can look for: it was ignored."));
            text = null;
        }
        var query = new PracticeQuery(Text: string.IsNullOrWhiteSpace(text) ? null : text);
        query = query with { Region = Read<WhoRegion>(get, "region", notices) };
        if (get("country") is { Length: > 0 } country)
        {
            if (CountryCatalog.Find(country.ToUpperInvariant()) is { } found)
            {
                query = query with { Country = found.Code };
            }
            else
            {
                notices.Add(new("country", "An unknown filter was ignored."));
            }
        }
        query = query with { Area = Read<NcdAreas>(get, "area", notices), Involvement = Read<InvolvementTypes>(get, "type", notices) };
        if (get("theme") is { Length: > 0 } theme)
        {
            if (int.TryParse(theme, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                query = query with { Theme = id };
            }
            else
            {
                notices.Add(new("theme", "An unknown filter was ignored."));
            }
        }
        if (get("lang") is { Length: > 0 } language)
        {
            if (Languages.IsSupported(language))
            {
                query = query with { Language = language };
            }
            else
            {
                notices.Add(new("lang", "An unknown filter was ignored."));
            }
        }
        if (get("year") is { Length: > 0 } year)
        {
            if (int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1950 and <= 2100)
            {
                query = query with { Year = y };
            }
            else
            {
                notices.Add(new("year", "An unknown filter was ignored."));
            }
        }
        query = query with { Sort = Read<PracticeSort>(get, "sort", notices) };
        if (get("page") is { Length: > 0 } page)
        {
            if (int.TryParse(page, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var p) && p >= 1)
            {
                query = query with { Page = p };
            }
            else
            {
                notices.Add(new("page", "That page does not exist: here is the first one."));
            }
        }
        return query;
    }

    /// <summary>The parameters of this state of the list, in a stable order, the page only past the first.</summary>
    public IEnumerable<KeyValuePair<string, string>> ToParameters()
    {
        var parameters = new List<KeyValuePair<string, string>>();
        void Add(string name, object? value)
        {
            if (value is not null)
            {
                parameters.Add(KeyValuePair.Create(name, Convert.ToString(value, CultureInfo.InvariantCulture)!));
            }
        }
        Add("q", Text);
        Add("region", Region);
        Add("country", Country);
        Add("area", Area);
        Add("theme", Theme);
        Add("type", Involvement);
        Add("lang", Language);
        Add("year", Year);
        Add("sort", Sort);
        Add("page", Page > 1 ? Page : null);
        return parameters;
    }

    public string ToQueryString() =>
        string.Join('&', ToParameters().Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}")) is { Length: > 0 } s ? "?" + s : "";

    private static T? Read<T>(Func<string, string?> get, string name, List<FieldError> notices) where T : struct, Enum
    {
        if (get(name) is not { Length: > 0 } value)
        {
            return null;
        }
        // Names only: Enum.TryParse also takes numbers and flag combinations, which no link produces.
        if (char.IsAsciiLetter(value[0]) && !value.Contains(',') && Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && parsed.ToString() != "None")
        {
            return parsed;
        }
        notices.Add(new(name, "An unknown filter was ignored."));
        return null;
    }
}

public sealed record PracticeHit(PublicPractice Entry, string? Snippet);

public sealed record FacetCount<T>(T Value, int Count);

public sealed record PracticeFacets(
    IReadOnlyList<FacetCount<WhoRegion>> Regions,
    IReadOnlyList<FacetCount<string>> Countries,
    IReadOnlyList<FacetCount<NcdAreas>> Areas,
    IReadOnlyList<FacetCount<int>> Themes,
    IReadOnlyList<FacetCount<InvolvementTypes>> Involvement,
    IReadOnlyList<FacetCount<string>> Languages,
    IReadOnlyList<FacetCount<int>> Years)
{
    /// <summary>
    /// Counts each facet's values over the entries that pass every other filter: "Africa (12)" is what choosing
    /// Africa instead of the current region would give, and choosing it never leads to an empty page.
    /// </summary>
    public static PracticeFacets Count(IReadOnlyList<PublicPractice> entries, PracticeQuery query)
    {
        var regions = new int[Enum.GetValues<WhoRegion>().Length];
        var areas = new int[32];
        var involvement = new int[32];
        var countries = new Dictionary<string, int>();
        var themes = new Dictionary<int, int>();
        var languages = new Dictionary<string, int>();
        var years = new Dictionary<int, int>();
        for (var n = 0; n < entries.Count; n++)
        {
            var entry = entries[n];
            // One bit per filter the entry fails; with none failed every facet counts it, with one only that facet does.
            var failed = FailedFilters(entry, query);
            if ((failed & (failed - 1)) != 0)
            {
                continue;
            }
            if (failed is 0 or 1 << 0)
            {
                foreach (var region in entry.RegionArray)
                {
                    regions[(int)region]++;
                }
            }
            if (failed is 0 or 1 << 1)
            {
                foreach (var country in entry.CountryArray)
                {
                    Add(countries, country);
                }
            }
            if (failed is 0 or 1 << 2)
            {
                AddBits(areas, (uint)entry.Areas);
            }
            if (failed is 0 or 1 << 3)
            {
                foreach (var theme in entry.ThemeArray)
                {
                    Add(themes, theme);
                }
            }
            if (failed is 0 or 1 << 4)
            {
                AddBits(involvement, (uint)entry.Involvement);
            }
            if (failed is 0 or 1 << 5)
            {
                Add(languages, entry.Language);
            }
            if (failed is 0 or 1 << 6)
            {
                foreach (var year in entry.YearArray)
                {
                    Add(years, year);
                }
            }
        }
        return new PracticeFacets(
            Sorted(regions.Select((count, i) => KeyValuePair.Create((WhoRegion)i, count))),
            Sorted(countries),
            Sorted(areas.Select((count, bit) => KeyValuePair.Create((NcdAreas)(1 << bit), count))),
            Sorted(themes),
            Sorted(involvement.Select((count, bit) => KeyValuePair.Create((InvolvementTypes)(1 << bit), count))),
            Sorted(languages),
            years.OrderByDescending(y => y.Key).Select(y => new FacetCount<int>(y.Key, y.Value)).ToList());
    }

    /// <summary>Whether an entry passes all the query's filters (not its text).</summary>
    public static bool PassesAll(PublicPractice entry, PracticeQuery query) => FailedFilters(entry, query) == 0;

    /// <summary>A bit for each filter of <paramref name="query"/> the entry fails, in facet order.</summary>
    private static int FailedFilters(PublicPractice entry, PracticeQuery query)
    {
        var failed = 0;
        if (query.Region is { } region && Array.IndexOf(entry.RegionArray, region) < 0) failed |= 1 << 0;
        if (query.Country is { } country && Array.IndexOf(entry.CountryArray, country) < 0) failed |= 1 << 1;
        if (query.Area is { } area && (entry.Areas & area) == 0) failed |= 1 << 2;
        if (query.Theme is { } theme && Array.IndexOf(entry.ThemeArray, theme) < 0) failed |= 1 << 3;
        if (query.Involvement is { } type && (entry.Involvement & type) == 0) failed |= 1 << 4;
        if (query.Language is { } language && entry.Language != language) failed |= 1 << 5;
        if (query.Year is { } year && Array.IndexOf(entry.YearArray, year) < 0) failed |= 1 << 6;
        return failed;
    }

    private static void AddBits(int[] counts, uint flags)
    {
        while (flags != 0)
        {
            counts[System.Numerics.BitOperations.TrailingZeroCount(flags)]++;
            flags &= flags - 1;
        }
    }

    private static void Add<T>(Dictionary<T, int> counts, T key) where T : notnull =>
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _)++;

    private static List<FacetCount<T>> Sorted<T>(IEnumerable<KeyValuePair<T, int>> counts) where T : notnull =>
        counts.Where(c => c.Value > 0).OrderByDescending(c => c.Value).ThenBy(c => c.Key).Select(c => new FacetCount<T>(c.Key, c.Value)).ToList();
}

public sealed record PracticeResults(PracticeQuery Query, IReadOnlyList<PracticeHit> Hits, int Total, int PageCount, PracticeFacets Facets, IReadOnlyList<FieldError> Notices);

/// <summary>The public search: full text through the index, filters and facets over the catalog snapshot.</summary>
public sealed class PracticeSearch(PracticeCatalog catalog, PracticeSearchIndex index)
{
    public async Task<PracticeResults> SearchAsync(PracticeQuery query, IReadOnlyList<FieldError> notices, CancellationToken cancellationToken = default)
    {
        var snapshot = await catalog.SnapshotAsync(cancellationToken);
        var all = snapshot.Entries;
        var warnings = notices.ToList();
        var match = PracticeSearchIndex.ToMatch(query.Text);
        IReadOnlyList<PublicPractice> matched;
        if (match is null)
        {
            matched = all;
        }
        else
        {
            // Best first; an id the snapshot lacks was unpublished since: skipped.
            matched = (await index.MatchAsync(match, cancellationToken))
                .Select(id => snapshot.PositionById.TryGetValue(id, out var position) ? all[position] : null)
                .OfType<PublicPractice>().ToList();
        }
        var facets = PracticeFacets.Count(matched, query);
        IEnumerable<PublicPractice> filtered = matched.Where(p => PracticeFacets.PassesAll(p, query));
        if (match is not null && query.EffectiveSort == PracticeSort.Newest)
        {
            // The snapshot is newest first: its positions are the date order.
            filtered = filtered.OrderBy(p => snapshot.PositionById[p.Id]);
        }
        var results = filtered.ToList();
        var pageCount = Math.Max(1, (results.Count + PracticeQuery.PageSize - 1) / PracticeQuery.PageSize);
        if (query.Page > pageCount)
        {
            warnings.Add(new("page", "That page does not exist: here is the last one."));
            query = query with { Page = pageCount };
        }
        var page = results.Skip((query.Page - 1) * PracticeQuery.PageSize).Take(PracticeQuery.PageSize).ToList();
        var snippets = match is not null
            ? await index.SnippetsAsync(match, page.Select(p => p.Id).ToList(), cancellationToken)
            : new Dictionary<int, string>();
        return new PracticeResults(query, page.Select(p => new PracticeHit(p, snippets.GetValueOrDefault(p.Id))).ToList(), results.Count, pageCount, facets, warnings);
    }
}
