namespace CommunityOfPractice.Web.Platform;

/// <summary>A feature whose pages are served: its <c>Add&lt;Feature&gt;Web</c> registers it (<see cref="FeaturePages.AddFeaturePages"/>).</summary>
public sealed record FeatureModule(string Name);
