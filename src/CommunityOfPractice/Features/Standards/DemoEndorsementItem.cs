namespace CommunityOfPractice.Features.Standards;

internal sealed record DemoEndorsementItem(string RepresentativeEmail, string Organisation, string CountryCode, string Role, bool Confirmed);
