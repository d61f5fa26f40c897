namespace CommunityOfPractice.Features.Membership;

internal static class Languages
{
    public static IReadOnlyList<string> Supported { get; } = ["en", "fr", "es"];

    public static bool IsSupported(string? language) => language is not null && Supported.Contains(language);
}
