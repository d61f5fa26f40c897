namespace CommunityOfPractice.Web.Features.Syntheses.Api;

/// <summary>A client's new secret, shown to the admin once.</summary>
internal sealed record IssuedSecret(string ClientId, string Secret);
