using System.Globalization;
using System.Text;
using CommunityOfPractice.Features.Debates;

namespace CommunityOfPractice.Features.Syntheses.Formats;

/// <summary>
/// Every post of the debate, one row each. Consent is applied: a post whose author asked not to be quoted, and a
/// post that is not published, keep their metadata only; the stakeholder group and region are left out for a post
/// whose author asked not to be quoted, and for authors whose profile hides them. Cells a spreadsheet would run as a
/// formula are escaped. The CSV is data for spreadsheets and scripts: its column names, enumeration values and the
/// anonymised author descriptions stay in English, whatever the synthesis's language, so a script reads every export alike.
/// </summary>
internal static class PostsCsv
{
    public static readonly string[] Columns = ["post_id", "parent_id", "question", "posted_at", "kind", "status", "stakeholder_category", "who_region", "consent", "author", "text"];

    public static async Task WriteAsync(DebatePosts debate, Stream output, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        var csv = new CsvText();
        foreach (var column in Columns)
        {
            csv.Value(column);
        }
        csv.EndRow();
        var written = 0;
        foreach (var post in debate.Posts)
        {
            var quotable = post.MayBeQuoted && post.Kind != PostKind.System;
            csv.Value(post.PostId);
            csv.Value(post.ParentId);
            csv.Value(post.QuestionId is { } question && debate.QuestionOrders.TryGetValue(question, out var order) ? order : null);
            csv.Value(post.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            csv.Value(post.Kind);
            csv.Value(post.Status);
            var described = post.Kind != PostKind.System && post.Consent != Membership.QuotingConsent.DoNotQuote;
            csv.Value(described ? post.VisibleCategory : null);
            csv.Value(described ? post.VisibleRegion : null);
            csv.Value(post.Consent);
            csv.Text(quotable ? post.AttributionIn(SynthesisText.English) : "");
            csv.Text(quotable ? post.Markdown : "");
            csv.EndRow();
            if (csv.Length > 32 * 1024)
            {
                await csv.DrainAsync(writer, cancellationToken);
            }
            if (++written % 1000 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(100 * written / Math.Max(1, debate.Posts.Count));
            }
        }
        await csv.DrainAsync(writer, cancellationToken);
    }
}
