namespace CommunityOfPractice.Features.Webinars;

internal enum UpcomingEventKind
{
    Webinar,
    Debate,
}
