namespace CommunityOfPractice.Features.Statements;

/// <summary>What a coordinator or a group's chair sends to draft a statement; times are wall-clock in <see cref="TimeZoneId"/>.</summary>
public sealed class StatementCommand
{
    public string Title { get; set; } = "";
    public string Markdown { get; set; } = "";
    public string Language { get; set; } = "en";
    /// <summary>The slug of a statement this one translates; empty when it stands alone.</summary>
    public string? TranslationOf { get; set; }
    /// <summary>The working group drafting it; null for the coordinators.</summary>
    public int? WorkingGroupId { get; set; }
    public DateTime? OpensLocal { get; set; }
    public DateTime? ClosesLocal { get; set; }
    public string TimeZoneId { get; set; } = "UTC";
}
