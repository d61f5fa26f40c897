using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.AspNetCore.Hosting;

namespace CommunityOfPractice.IntegrationTests.Platform;

/// <summary>
/// An operator's mistake in appsettings.json or an environment variable stops the app at start-up, before it touches
/// the database, with a message that names the key (and shows the value found, unless it is a secret).
/// </summary>
public sealed class SettingsTests
{
    [Theory]
    [InlineData("RateLimits:FormPostsPerMinute", "0", "RateLimits:FormPostsPerMinute must be a whole number from 1 to 1000000; it is 0.")]
    [InlineData("RateLimits:FormPostsPerMinute", "ten", "'RateLimits:FormPostsPerMinute'")]
    [InlineData("Database:Provider", "Oracle", "'Database:Provider'")]
    [InlineData("Database:Provider", "7", "Database:Provider must be Sqlite or PostgreSql; it is 7.")]
    [InlineData("Mail:SmtpPort", "70000", "Mail:SmtpPort must be a port number from 1 to 65535; it is 70000.")]
    [InlineData("Mail:FirstRetryDelay", "-00:01:00", "Mail:FirstRetryDelay must be a time span above zero and at most a day")]
    [InlineData("Mail:Form", "community@example.org", "Mail:Form is not a setting; the Mail settings are From, FromName, SmtpHost")]
    [InlineData("Syntheses:Publisher", "", "Syntheses:Publisher must not be empty")]
    [InlineData("Redis:Prefix", "two words", "Redis:Prefix must be 1 to 64 letters, digits, dots, dashes or underscores; it is \"two words\".")]
    [InlineData("Jobs:Storage", "Disk", "'Jobs:Storage'")]
    [InlineData("Jobs:File", "../elsewhere.db", "Jobs:File must be a file name in the data folder, without a folder")]
    [InlineData("ReverseProxy:KnownProxies:0", "proxy.example.org", "ReverseProxy:KnownProxies holds \"proxy.example.org\", which is not an IP address")]
    [InlineData("ReverseProxy:KnownNetworks:0", "10.0.0.0/99", "ReverseProxy:KnownNetworks holds \"10.0.0.0/99\"")]
    [InlineData("Auth:StaffSessionHours", "0", "Auth:StaffSessionHours must be a number of hours from")]
    [InlineData("Bootstrap:AdminEmail", "admin.example.org", "Bootstrap:AdminEmail must be an email address; it is \"admin.example.org\".")]
    [InlineData("Api:RequireHttps", "sometimes", "'Api:RequireHttps'")]
    [InlineData("Demo:Sed", "true", "Demo:Sed is not a setting")]
    public async Task A_wrong_setting_stops_the_app_at_start_up_with_a_message_naming_its_key(string key, string value, string expected)
    {
        await using var app = new MisconfiguredApp(key, value);

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        var messages = string.Join(" | ", Chain(failure).Select(exception => exception.Message));
        Assert.Contains(expected, messages);
        Assert.False(File.Exists(Path.Combine(app.DataDirectory, "community.db")), "the app stopped before it created its database");
    }

    [Fact]
    public async Task A_wrong_secret_is_named_but_never_shown()
    {
        await using var app = new MisconfiguredApp("Bootstrap:AdminPassword", "a secret nobody may read", ("Bootstrap:AdminEmail", ""));

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        var messages = string.Join(" | ", Chain(failure).Select(exception => exception.Message));
        Assert.Contains("Bootstrap:AdminEmail and Bootstrap:AdminPassword must be set together, or both left empty.", messages);
        Assert.DoesNotContain("a secret nobody may read", messages);
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>The app with settings an operator got wrong, on top of the test settings.</summary>
    private sealed class MisconfiguredApp(string key, string value, params (string Key, string Value)[] others) : CommunityAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(key, value);
            foreach (var (otherKey, otherValue) in others)
            {
                builder.UseSetting(otherKey, otherValue);
            }
        }
    }
}
