namespace CommunityOfPractice.Features.Webinars;

/// <summary>CSV fields that spreadsheets open as text, never as formulas.</summary>
internal static class Csv
{
    /// <summary>
    /// Quotes every field, doubles inner quotes, and prefixes a quote to what a spreadsheet would evaluate
    /// (leading =, +, -, @, tab or carriage return; OWASP's CSV injection guidance).
    /// </summary>
    public static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n')
        {
            value = "'" + value;
        }
        return "\"" + value.Replace("\"", "\"\"") + "\"";
    }
}
