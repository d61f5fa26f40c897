namespace CommunityOfPractice.Features.Setup;

/// <summary>What every demo seed shares: the demo members' password and the instant the load started ("now" for relative dates).</summary>
internal sealed record DemoSeedContext(string Password, DateTimeOffset Now);
