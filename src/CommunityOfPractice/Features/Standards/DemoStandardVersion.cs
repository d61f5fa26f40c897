namespace CommunityOfPractice.Features.Standards;

internal sealed record DemoStandardVersion(string Body, DemoRound? Round = null);
