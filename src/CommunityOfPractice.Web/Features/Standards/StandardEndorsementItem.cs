namespace CommunityOfPractice.Web.Features.Standards;

public sealed record StandardEndorsementItem(string Organisation, string Country, string SignatoryRole, DateTimeOffset ConfirmedAt);
