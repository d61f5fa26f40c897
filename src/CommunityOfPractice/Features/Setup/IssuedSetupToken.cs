namespace CommunityOfPractice.Features.Setup;

/// <summary>A setup link issued at start-up: its hash, until when it works, and when it was used.</summary>
internal sealed class IssuedSetupToken
{
    public int Id { get; set; }
    public string Hash { get; set; } = "";
    public DateTimeOffset IssuedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? SpentAt { get; set; }
}
