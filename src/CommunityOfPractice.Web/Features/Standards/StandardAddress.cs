using System.Globalization;

namespace CommunityOfPractice.Web.Features.Standards;

/// <summary>Reads the version segment of a standard's address ("v2"): a page's route cannot have a literal and a parameter in one segment.</summary>
internal static class StandardAddress
{
    public static int? Version(string? segment) =>
        segment is ['v', .. var digits] && digits.Length is > 0 and <= 6 && digits.All(char.IsAsciiDigit)
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number : null;
}
