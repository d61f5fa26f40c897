namespace CommunityOfPractice.Features.Debates;

public enum DebateState
{
    Draft,
    Scheduled,
    Open,
    Closed,
}
