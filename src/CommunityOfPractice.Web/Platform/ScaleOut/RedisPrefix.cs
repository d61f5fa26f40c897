namespace CommunityOfPractice.Web.Platform.ScaleOut;

/// <summary>What every Redis channel and key of this community starts with (<c>Redis:Prefix</c>, "cop" by default).</summary>
internal sealed record RedisPrefix(string Value);
