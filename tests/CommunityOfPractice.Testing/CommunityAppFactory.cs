using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Mail;
using CommunityOfPractice.Features.Membership;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.Testing;

/// <summary>
/// The real app on a real SQLite file in a throwaway data folder; one per test collection. With
/// <c>COP_TEST_DATABASE=PostgreSql</c> (tests/run.sh's second pass) every factory gets a throwaway PostgreSQL database
/// instead, so the same tests run on both profiles. Mail is written as .eml files into the data folder, where
/// <see cref="Mailbox"/> reads it.
/// </summary>
public class CommunityAppFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@example.org";
    public const string Password = "correct horse battery";

    private readonly bool ownsDataDirectory;

    public CommunityAppFactory()
        : this(NewDataDirectory(), ownsDataDirectory: true)
    {
    }

    protected CommunityAppFactory(string dataDirectory, bool ownsDataDirectory, string? postgreSqlConnection = null)
    {
        DataDirectory = dataDirectory;
        this.ownsDataDirectory = ownsDataDirectory;
        PostgreSqlConnection = postgreSqlConnection
            ?? (PostgreSqlServer.IsTheTestDatabase && ownsDataDirectory ? PostgreSqlServer.CreateDatabaseAsync().GetAwaiter().GetResult() : null);
        Directory.CreateDirectory(DataDirectory);
        Mailbox = new Mailbox(Path.Combine(DataDirectory, "mail"));
    }

    public string DataDirectory { get; }

    /// <summary>The PostgreSQL database this app runs on, or null on SQLite.</summary>
    public string? PostgreSqlConnection { get; }

    protected static string NewDataDirectory() => Path.Combine(Path.GetTempPath(), "cop-tests", Guid.NewGuid().ToString("N"));

    public Mailbox Mailbox { get; }

    /// <summary>Every answer of the API in every test is checked against the OpenAPI document.</summary>
    public OpenApiConformance ApiConformance { get; } = new();

    /// <summary>
    /// The address the app builds its mail links from: the test server's own, which the test clients follow; a host
    /// on a real port (the browser tests') sets its own before it starts.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "http://localhost";

    /// <summary>Form posts allowed per minute and client; the rate-limit tests lower it.</summary>
    protected virtual int FormPostsPerMinute => 10_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("DataDirectory", DataDirectory);
        builder.UseSetting("PublicBaseUrl", PublicBaseUrl);
        builder.UseSetting("Bootstrap:AdminEmail", AdminEmail);
        builder.UseSetting("Bootstrap:AdminPassword", Password);
        builder.UseSetting("RateLimits:FormPostsPerMinute", FormPostsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Api:RequireHttps", "false");
        builder.CheckApiAgainstDocument(ApiConformance);
        if (PostgreSqlConnection is not null)
        {
            builder.UseSetting("Database:Provider", "PostgreSql");
            builder.UseSetting("ConnectionStrings:Default", PostgreSqlConnection);
        }
    }

    /// <summary>Creates an approved, confirmed person with the given roles; staff get an authenticator key.</summary>
    public async Task<TestPerson> CreatePersonAsync(string name, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var email = $"{name.ToLowerInvariant().Replace(' ', '.')}.{Guid.NewGuid():N}@example.org";
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            Category = StakeholderCategory.CivilSocietyOrganisation,
            CountryCode = "KE",
            TimeZoneId = "Africa/Nairobi",
            JoinedAt = DateTimeOffset.UtcNow,
        };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        db.MembershipApplications.Add(new MembershipApplication
        {
            UserId = user.Id,
            Motivation = "Test person",
            Status = roles.Length == 0 ? ApplicationStatus.Pending : ApplicationStatus.Approved,
            SubmittedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
        if (roles.Length > 0)
        {
            await users.AddToRolesAsync(user, roles);
        }
        string? authenticatorKey = null;
        if (roles.Any(Roles.Staff.Contains))
        {
            authenticatorKey = await EnableAuthenticatorAsync(users, user);
        }
        return new TestPerson(user.Id, email, Password, name, authenticatorKey);
    }

    /// <summary>
    /// The person's choice of mail: new members get a daily digest, so a test of a mail sent as it happens (a reply, a
    /// debate opening) first chooses <see cref="MailFrequency.Immediate"/> for its reader, as the member would on their profile.
    /// </summary>
    public async Task<TestPerson> ChooseMailAsync(TestPerson person, MailFrequency frequency)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        await db.Users.Where(u => u.Id == person.Id).ExecuteUpdateAsync(set => set.SetProperty(u => u.MailFrequency, frequency).SetProperty(u => u.NextDigestAt, (DateTimeOffset?)null));
        return person;
    }

    /// <summary>The bootstrap administrator, with an authenticator app set up as staff must have.</summary>
    /// <summary>A member given a staff <paramref name="role"/> without setting up a second factor: signed in, they hold the role but not the claim.</summary>
    public async Task<TestPerson> CreateStaffWithoutTwoFactorAsync(string name, string role)
    {
        var person = await CreatePersonAsync(name, Roles.Member);
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(person.Id);
        await users.AddToRoleAsync(user!, role);
        return person;
    }

    public async Task<TestPerson> AdministratorAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admin = await users.FindByEmailAsync(AdminEmail) ?? throw new InvalidOperationException("The bootstrap administrator was not created.");
        var key = await users.GetAuthenticatorKeyAsync(admin);
        if (!admin.TwoFactorEnabled || key is null)
        {
            key = await EnableAuthenticatorAsync(users, admin);
        }
        return new TestPerson(admin.Id, AdminEmail, Password, admin.DisplayName, key);
    }

    private static async Task<string> EnableAuthenticatorAsync(UserManager<AppUser> users, AppUser user)
    {
        await users.ResetAuthenticatorKeyAsync(user);
        var key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key.");
        await users.SetTwoFactorEnabledAsync(user, true);
        return key;
    }

    /// <summary>What a UI text reads in <paramref name="language"/>, from the app's own resources.</summary>
    public string Translate(string language, string key)
    {
        var localizer = Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<CommunityOfPractice.Web.SharedResource>>();
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(language);
        try
        {
            return localizer[key].Value;
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>
    /// Waits until the outbox has nothing left to send: what a test then reads (or finds missing) in the mailbox is
    /// all the app will ever send for what happened before.
    /// </summary>
    public async Task WaitForOutboxAsync(TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            var waiting = await db.OutboxMails.CountAsync(m => m.SentAt == null && m.FailedAt == null);
            if (waiting == 0)
            {
                return;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{waiting} mails still wait in the outbox.");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>
    /// Waits until <paramref name="count"/> runs of the job method <paramref name="method"/> with <paramref name="argument"/>
    /// among its arguments have succeeded on this host's job server (a mail a page asked for, say).
    /// </summary>
    public async Task WaitForJobsAsync(string method, string argument, int count = 1, TimeSpan? timeout = null)
    {
        var monitoring = Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var done = monitoring.SucceededJobs(0, 1000).Count(j => j.Value?.Job is { } job
                && job.Method.Name == method && job.Args.Any(a => Equals(a as string, argument)));
            if (done >= count)
            {
                return;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{done} of {count} runs of {method}({argument}) have succeeded.");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>Stops the app as a shutdown would, keeping its data folder for another instance to start on.</summary>
    public ValueTask StopAsync() => base.DisposeAsync();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        if (!ownsDataDirectory)
        {
            return;
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (PostgreSqlConnection is not null)
        {
            // Each test database has pools of its own, idle for minutes after their host stopped: a suite of many hosts
            // would otherwise run the server out of connections.
            Npgsql.NpgsqlConnection.ClearPool(new Npgsql.NpgsqlConnection(PostgreSqlConnection));
        }
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the host's last request; the temp folder is cleaned by the OS.
        }
    }
}
