namespace CommunityOfPractice.Features.Webinars;

public enum RegistrationStatus
{
    Registered,
    /// <summary>Capacity was reached: the first in line gets the next freed seat.</summary>
    Waitlisted,
    Cancelled,
}
