namespace CommunityOfPractice.Web.Platform.Settings;

/// <summary>"Demo": a demonstration community loaded at start-up (see <see cref="DemoCommunity"/>).</summary>
internal sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Seed { get; set; }

    /// <summary>A community of one's own (JSON), instead of the built-in one; relative to the content root.</summary>
    public string? Path { get; set; }
}
