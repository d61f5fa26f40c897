namespace CommunityOfPractice.Features.Standards;

/// <summary>What the member who represents an organisation gives to endorse a standard.</summary>
internal sealed record EndorsementCommand(int DocumentId, string? Organisation, string? CountryCode, string? SignatoryRole);
