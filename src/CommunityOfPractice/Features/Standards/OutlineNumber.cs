namespace CommunityOfPractice.Features.Standards;

/// <summary>
/// One level of a section or paragraph number: an integer and an optional suffix of letters ("4", "4a", "4ab"). Numbers
/// sort by integer, then by suffix as text, so "4" &lt; "4a" &lt; "4aa" &lt; "4b" &lt; "5": the reading order.
/// </summary>
internal readonly record struct OutlineNumber(int Major, string Suffix) : IComparable<OutlineNumber>
{
    public int CompareTo(OutlineNumber other)
    {
        var byMajor = Major.CompareTo(other.Major);
        return byMajor != 0 ? byMajor : string.CompareOrdinal(Suffix, other.Suffix);
    }

    public static bool operator <(OutlineNumber left, OutlineNumber right) => left.CompareTo(right) < 0;

    public static bool operator >(OutlineNumber left, OutlineNumber right) => left.CompareTo(right) > 0;

    public static bool operator <=(OutlineNumber left, OutlineNumber right) => left.CompareTo(right) <= 0;

    public static bool operator >=(OutlineNumber left, OutlineNumber right) => left.CompareTo(right) >= 0;

    public override string ToString() => Major.ToString(System.Globalization.CultureInfo.InvariantCulture) + Suffix;

    public static OutlineNumber Parse(string text)
    {
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }
        return new OutlineNumber(int.Parse(text.AsSpan(0, digits), System.Globalization.CultureInfo.InvariantCulture), text[digits..]);
    }
}
