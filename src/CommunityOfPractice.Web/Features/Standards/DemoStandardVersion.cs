namespace CommunityOfPractice.Web.Features.Standards;

internal sealed record DemoStandardVersion(string Body, DemoRound? Round = null);
