namespace CommunityOfPractice.Features.Files;

/// <summary>
/// The names files are stored under: relative, slash-separated, of letters, digits, '-', '_' and '.', no segment
/// empty or starting with a dot. Keys are made by the features, never taken from a request; a key outside these
/// rules is a bug, refused before it could name a file outside the store.
/// </summary>
internal static class FileKey
{
    public const int MaxLength = 200;

    public static bool IsValid(string? key) =>
        key is { Length: > 0 and <= MaxLength }
        && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/')
        && key.Split('/').All(segment => segment.Length > 0 && segment[0] != '.');

    /// <summary>The key, or an <see cref="ArgumentException"/> when it breaks the rules above.</summary>
    public static string Checked(string key) =>
        IsValid(key) ? key : throw new ArgumentException($"\"{key}\" is not a file key: use relative names of letters, digits, '-', '_' and '.', separated by '/'.", nameof(key));
}
