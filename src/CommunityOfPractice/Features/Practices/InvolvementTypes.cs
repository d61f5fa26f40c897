namespace CommunityOfPractice.Features.Practices;

/// <summary>How people living with NCDs are involved in the practice.</summary>
[Flags]
public enum InvolvementTypes
{
    None = 0,
    CoDesign = 1,
    GovernanceSeat = 2,
    Advocacy = 4,
    PeerSupport = 8,
    ResearchPartnership = 16,
    ServiceDelivery = 32,
    Other = 64,
}
