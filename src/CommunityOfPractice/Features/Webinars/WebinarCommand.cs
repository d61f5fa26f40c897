namespace CommunityOfPractice.Features.Webinars;

public sealed class WebinarCommand
{
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    /// <summary>One speaker per line: "Name | role | short bio".</summary>
    public string? Speakers { get; set; }
    public DateTime? StartsLocal { get; set; }
    public DateTime? EndsLocal { get; set; }
    public DateTime? DeadlineLocal { get; set; }
    public string TimeZoneId { get; set; } = "UTC";
    public string? Languages { get; set; }
    public string? AccessibilityNotes { get; set; }
    public int? Capacity { get; set; }
    public string MeetingUrl { get; set; } = "";
    public int? DebateId { get; set; }
}
