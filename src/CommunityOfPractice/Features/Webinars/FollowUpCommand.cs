namespace CommunityOfPractice.Features.Webinars;

internal sealed class FollowUpCommand
{
    public string? RecordingUrl { get; set; }
    public string? SlidesUrl { get; set; }
    public string? Summary { get; set; }
}
