using System.Globalization;
using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Practices;

/// <summary>
/// One state of the public list, as its address says it: <c>q</c>, <c>region</c>, <c>country</c>, <c>area</c>,
/// <c>theme</c>, <c>type</c>, <c>lang</c>, <c>year</c>, <c>sort</c>, <c>page</c>. The page and the JSON API read the same.
/// </summary>
internal sealed record PracticeQuery(
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
