using System.Globalization;

namespace CommunityOfPractice.Web.Components.Shared;

/// <summary>
/// A person's initials avatar, made here from their shown name (nothing fetched from elsewhere): up to two letters,
/// on a colour that the same name always gets, on every node, dark enough for white letters (at least 4.5:1).
/// </summary>
public static class Initials
{
    public static string Of(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var letters = words.Take(2).Select(w => StringInfo.GetNextTextElementLength(w) is var length and > 0 ? w[..length] : "");
        var initials = string.Concat(letters).ToUpper(CultureInfo.CurrentCulture);
        return initials.Length == 0 ? "?" : initials;
    }

    /// <summary>A hue from the name (FNV-1a, stable across processes, unlike string.GetHashCode) at 30% lightness.</summary>
    public static string Colour(string name)
    {
        var hash = 2166136261u;
        foreach (var c in name)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }
        return $"hsl({hash % 360}, 45%, 30%)";
    }
}
