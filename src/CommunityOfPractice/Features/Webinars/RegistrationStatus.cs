namespace CommunityOfPractice.Features.Webinars;

internal enum RegistrationStatus
{
    Registered,
    /// <summary>Capacity was reached: the first in line gets the next freed seat.</summary>
    Waitlisted,
    Cancelled,
}
