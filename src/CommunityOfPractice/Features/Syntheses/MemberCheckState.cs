namespace CommunityOfPractice.Features.Syntheses;

public enum MemberCheckState
{
    NotPlanned,
    Scheduled,
    Open,
    Closed,
}
