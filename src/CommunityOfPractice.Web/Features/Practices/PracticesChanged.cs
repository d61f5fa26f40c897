namespace CommunityOfPractice.Web.Features.Practices;

/// <summary>What <see cref="PracticeNodeRelay.Topic"/> carries: nothing but the news.</summary>
internal sealed record PracticesChanged;
