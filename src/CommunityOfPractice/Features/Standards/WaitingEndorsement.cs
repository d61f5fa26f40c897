namespace CommunityOfPractice.Features.Standards;

internal sealed record WaitingEndorsement(int Id, string StandardTitle, string Organisation, string CountryCode, string SignatoryRole, string EndorsedBy, string EndorsedByEmail, DateTimeOffset EndorsedAt);
