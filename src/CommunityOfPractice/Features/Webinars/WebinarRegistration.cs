namespace CommunityOfPractice.Features.Webinars;

internal sealed class WebinarRegistration
{
    public long Id { get; set; }
    public int WebinarId { get; set; }
    public string UserId { get; set; } = "";
    public RegistrationStatus Status { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    /// <summary>Marked by a moderator after the webinar; null until then.</summary>
    public bool? Attended { get; set; }
}
