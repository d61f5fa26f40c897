namespace CommunityOfPractice.Features.Membership;

[Flags]
public enum NcdAreas
{
    None = 0,
    Cancer = 1,
    CardiovascularDisease = 2,
    Diabetes = 4,
    ChronicRespiratoryDisease = 8,
    MentalHealth = 16,
    Other = 32,
}
