namespace CommunityOfPractice.Features.Webinars;

/// <summary>Who sends a calendar message, or receives it: an address and the name shown beside it.</summary>
internal sealed record CalendarPerson(string Email, string Name);
