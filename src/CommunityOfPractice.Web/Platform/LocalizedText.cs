namespace CommunityOfPractice.Web.Platform;

/// <summary>A resource key (its English text) and the values for its placeholders.</summary>
internal sealed record LocalizedText(string Key, params object[] Arguments);
