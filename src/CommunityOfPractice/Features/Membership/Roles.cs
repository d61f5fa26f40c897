namespace CommunityOfPractice.Features.Membership;

internal static class Roles
{
    public const string Member = "Member";
    public const string Moderator = "Moderator";
    public const string Coordinator = "Coordinator";
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [Member, Moderator, Coordinator, Admin];

    /// <summary>Roles whose powers need two-factor authentication before they can be used.</summary>
    public static IReadOnlyList<string> Staff { get; } = [Moderator, Coordinator, Admin];
}
