namespace CommunityOfPractice.Web.Platform;

/// <summary>Claim types the app adds to a signed-in person's cookie.</summary>
internal static class CommunityClaims
{
    public const string DisplayName = "cop:display_name";
    public const string Language = "cop:language";
    public const string TimeZone = "cop:time_zone";
    /// <summary>Present when the person has an authenticator app: staff powers need it.</summary>
    public const string TwoFactor = "cop:two_factor";
}
