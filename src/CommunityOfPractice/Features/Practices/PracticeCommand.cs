using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Practices;

/// <summary>What the entry form posts. Lists arrive as the form's repeated fields.</summary>
public sealed class PracticeCommand
{
    public string Title { get; set; } = "";
    public string? Summary { get; set; }
    public string? Body { get; set; }
    public string Language { get; set; } = "en";
    public List<string> Countries { get; set; } = [];
    public NcdAreas Areas { get; set; }
    public InvolvementTypes Involvement { get; set; }
    public List<int> Themes { get; set; } = [];
    /// <summary>Comma-separated.</summary>
    public string? Tags { get; set; }
    /// <summary>One per line.</summary>
    public string? Organisations { get; set; }
    public int? YearFrom { get; set; }
    public int? YearTo { get; set; }
    /// <summary>One per line.</summary>
    public string? Links { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public bool ShowContact { get; set; }

    public static PracticeCommand From(PracticeContent content) => new()
    {
        Title = content.Title,
        Summary = content.Summary,
        Body = content.Body,
        Language = content.Language,
        Countries = [.. content.CountryList],
        Areas = content.NcdAreas,
        Involvement = content.Involvement,
        Themes = [.. content.ThemeList],
        Tags = string.Join(", ", content.TagList),
        Organisations = content.Organisations,
        YearFrom = content.YearFrom,
        YearTo = content.YearTo,
        Links = content.Links,
        ContactName = content.ContactName,
        ContactEmail = content.ContactEmail,
        ShowContact = content.ShowContact,
    };
}
