namespace CommunityOfPractice.Features.Standards;

public sealed record PublicEndorsement(string Organisation, string CountryCode, string SignatoryRole, DateTimeOffset ConfirmedAt);
