namespace CommunityOfPractice.Features.Webinars;

internal sealed record Registrant(string UserId, string DisplayName, string Email, string? Organisation, string CountryCode,
    RegistrationStatus Status, DateTimeOffset RegisteredAt, bool? Attended);
