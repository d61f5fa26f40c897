namespace CommunityOfPractice.Features.Webinars;

public enum UpcomingEventKind
{
    Webinar,
    Debate,
}
