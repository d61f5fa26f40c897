namespace CommunityOfPractice.Web;

/// <summary>
/// Marker for the UI's one resource set: English text is the key, French and Spanish live in
/// Resources/SharedResource.{fr,es}.resx.
/// </summary>
public sealed class SharedResource;
