namespace CommunityOfPractice.Features.Standards;

internal sealed record PublicEndorsement(string Organisation, string CountryCode, string SignatoryRole, DateTimeOffset ConfirmedAt);
