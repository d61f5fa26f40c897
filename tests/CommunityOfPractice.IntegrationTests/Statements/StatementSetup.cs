using System.Globalization;
using CommunityOfPractice.Features.Scheduling;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Statements;

/// <summary>The draft form as a coordinator fills it in, and what the statement tests read back.</summary>
internal static class StatementSetup
{
    public static Dictionary<string, string> Form(string title, DateTimeOffset opens, DateTimeOffset closes, string markdown = "We call on **governments** to act. <script>alert(1)</script>") => new()
    {
        ["Input.Title"] = title,
        ["Input.Markdown"] = markdown,
        ["Input.Language"] = "en",
        ["Input.TranslationOf"] = "",
        ["Input.WorkingGroupId"] = "",
        ["Input.OpensLocal"] = Local(opens),
        ["Input.ClosesLocal"] = Local(closes),
        ["Input.TimeZoneId"] = "UTC",
    };

    /// <summary>A whole minute at least a minute ahead of <paramref name="clock"/>: a window that opens there is still a draft now.</summary>
    public static DateTimeOffset NextMinute(TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddMinutes(2);
    }

    /// <summary>A UTC instant as a datetime-local field sends it, to the second (the form's own precision is the minute or the second).</summary>
    public static string Local(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);

    public static string SlugFrom(Page created)
    {
        Assert.True(created.IsRedirect, $"Drafting should redirect to the statement, not answer {(int)created.Status}:\n{created.Html}");
        return new Uri(new Uri("http://localhost/"), created.Location).AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[1];
    }

    public static Task<List<string>> StatementAuditAsync(CommunityAppFactory app, string title) =>
        Organisations.OrganisationSetup.WithDbAsync(app, db => db.AuditEntries.AsNoTracking().Where(e => e.Action.StartsWith("statement.") && e.Details != null && e.Details.StartsWith(title))
            .OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());

    public static async Task ReconcileAsync(CommunityAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetServices<IReconciler>().Single(r => r.Name == "statements").ReconcileAsync(CancellationToken.None);
    }
}
