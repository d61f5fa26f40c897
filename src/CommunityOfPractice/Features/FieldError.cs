namespace CommunityOfPractice.Features;

/// <summary>
/// A validation failure. <see cref="Message"/> is the English text, which is also the key the UI
/// translates it by; <see cref="Arguments"/> fill its placeholders.
/// </summary>
public sealed record FieldError(string Field, string Message, params object[] Arguments);
