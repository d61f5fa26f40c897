namespace CommunityOfPractice.Web.Features.Syntheses.Api;

public sealed record ApiClient(string ClientId, string DisplayName);
