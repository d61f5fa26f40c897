namespace CommunityOfPractice.Features.Syntheses.Formats;

/// <summary>
/// RFC 4180 CSV with the OWASP guard against formula injection: a text cell that a spreadsheet would run as a
/// formula (starting with = + - @, a tab or a carriage return) is prefixed with an apostrophe.
/// Rows are gathered in memory and handed to the output with <see cref="DrainAsync"/>: a response body accepts
/// asynchronous writes only.
/// </summary>
internal sealed class CsvText
{
    private readonly System.Text.StringBuilder buffer = new();
    private bool firstInRow = true;

    /// <summary>The characters gathered so far.</summary>
    public int Length => buffer.Length;

    public async Task DrainAsync(TextWriter output, CancellationToken cancellationToken = default)
    {
        await output.WriteAsync(buffer, cancellationToken);
        buffer.Clear();
    }

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
        buffer.Append("\r\n");
        firstInRow = true;
    }

    private void Raw(string value)
    {
        if (!firstInRow)
        {
            buffer.Append(',');
        }
        firstInRow = false;
        if (value.AsSpan().IndexOfAny(",\"\r\n'") < 0 && !value.StartsWith(' ') && !value.EndsWith(' '))
        {
            buffer.Append(value);
            return;
        }
        buffer.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
