using System.Text;

namespace CommunityOfPractice.Features.Syntheses.Formats;

/// <summary>
/// RFC 4180 CSV with the OWASP guard against formula injection: a text cell that a spreadsheet would run as a
/// formula (starting with = + - @, a tab or a carriage return) is prefixed with an apostrophe.
/// </summary>
public sealed class CsvText(TextWriter writer)
{
    private bool firstInRow = true;

    /// <summary>A cell typed by a person (or derived from one): guarded against formulas.</summary>
    public void Text(string? value)
    {
        value ??= "";
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        Raw(value);
    }

    /// <summary>A value the platform produced itself: numbers, dates, names of states.</summary>
    public void Value(object? value) => Raw(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "");

    public void EndRow()
    {
        writer.Write("\r\n");
        firstInRow = true;
    }

    private void Raw(string value)
    {
        if (!firstInRow)
        {
            writer.Write(',');
        }
        firstInRow = false;
        if (value.AsSpan().IndexOfAny(",\"\r\n'") < 0 && !value.StartsWith(' ') && !value.EndsWith(' '))
        {
            writer.Write(value);
            return;
        }
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        quoted.Append(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write(quoted.Append('"'));
    }
}
