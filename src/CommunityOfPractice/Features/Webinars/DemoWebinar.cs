namespace CommunityOfPractice.Features.Webinars;

/// <summary>A demo webinar at a fixed instant, or at noon UTC <c>StartsInDays</c> from today; <c>DebateTitle</c> names the debate it sets the context for.</summary>
internal sealed record DemoWebinar(
    string Title, string Description, string ModeratorEmail, string[] Speakers, string MeetingUrl, int Minutes = 60,
    DateTimeOffset? StartsAt = null, int? StartsInDays = null, int? Capacity = null, string? Languages = null,
    string? AccessibilityNotes = null, string? DebateTitle = null, string? RecordingUrl = null, string? Summary = null);
