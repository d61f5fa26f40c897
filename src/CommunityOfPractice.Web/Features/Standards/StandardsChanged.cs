namespace CommunityOfPractice.Web.Features.Standards;

/// <summary>What <see cref="StandardNodeRelay.Topic"/> carries: nothing but the news.</summary>
internal sealed record StandardsChanged;
