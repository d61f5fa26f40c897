using System.Globalization;
using System.Text;

namespace CommunityOfPractice.Features.Organisations;

/// <summary>
/// Folds a name so that spellings of one organisation meet: case, accents, punctuation and spacing do not count
/// ("Ligue Sénégalaise contre le Cancer" and "ligue senegalaise contre le cancer." are the same).
/// </summary>
internal static class OrganisationName
{
    public static string Fold(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                if (space && folded.Length > 0)
                {
                    folded.Append(' ');
                }
                folded.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }
        return folded.ToString();
    }
}
