namespace CommunityOfPractice.Features.Practices;

/// <summary>The controlled list of themes, edited by admins.</summary>
public sealed class PracticeTheme
{
    public int Id { get; set; }
    public string NameEn { get; set; } = "";
    public string NameFr { get; set; } = "";
    public string NameEs { get; set; } = "";
    public int Order { get; set; }
    public bool IsRetired { get; set; }

    public string Name(string language) => language switch
    {
        "fr" => NameFr,
        "es" => NameEs,
        _ => NameEn,
    };
}
