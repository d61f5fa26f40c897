using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Practices;

/// <summary>What an entry says; the same columns hold the working copy and each published revision.</summary>
public sealed class PracticeContent
{
    // Lengths the validator, the database columns and the form share.
    public const int TitleLength = 200;
    public const int SummaryLength = 500;
    public const int BodyLength = 40_000;
    public const int TagsLength = 600;
    public const int OrganisationLength = 200;
    public const int LinkLength = 400;
    public const int ContactNameLength = 120;
    public const int ContactEmailLength = 256;

    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Body { get; set; } = "";
    /// <summary>en, fr or es.</summary>
    public string Language { get; set; } = "en";
    /// <summary>ISO 3166-1 alpha-2 codes, comma-separated; the WHO regions follow from them.</summary>
    public string Countries { get; set; } = "";
    public NcdAreas NcdAreas { get; set; }
    public InvolvementTypes Involvement { get; set; }
    /// <summary>Ids of <see cref="PracticeTheme"/>, comma-separated.</summary>
    public string Themes { get; set; } = "";
    /// <summary>Free tags, comma-separated, lower case.</summary>
    public string Tags { get; set; } = "";
    /// <summary>One organisation per line.</summary>
    public string Organisations { get; set; } = "";
    public int? YearFrom { get; set; }
    public int? YearTo { get; set; }
    /// <summary>http or https addresses, one per line.</summary>
    public string Links { get; set; } = "";
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    /// <summary>The contact is shown to the public only when the submitter agreed.</summary>
    public bool ShowContact { get; set; }
    /// <summary>How the author of a debate post is credited, as their quoting consent allows.</summary>
    public string? Attribution { get; set; }

    public PracticeContent Copy() => (PracticeContent)MemberwiseClone();

    public IReadOnlyList<string> CountryList => Split(Countries, ',');
    public IReadOnlyList<int> ThemeList => Split(Themes, ',').Select(t => int.TryParse(t, out var id) ? id : 0).Where(id => id > 0).ToList();
    public IReadOnlyList<string> TagList => Split(Tags, ',');
    public IReadOnlyList<string> OrganisationList => Split(Organisations, '\n');
    public IReadOnlyList<string> LinkList => Split(Links, '\n');

    /// <summary>Every year the practice ran, for the year facet.</summary>
    public IEnumerable<int> Years => YearFrom is { } from ? Enumerable.Range(from, Math.Max(0, (YearTo ?? from) - from) + 1) : [];

    private static IReadOnlyList<string> Split(string value, char separator) =>
        value.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
