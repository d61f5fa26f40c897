using System.Data.Common;
using System.Text;
using System.Text.Json;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Files;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Webinars;
using CommunityOfPractice.IntegrationTests.Hosting;
using CommunityOfPractice.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Trust;

/// <summary>GDPR articles 15 and 17: the export holds everything about the person, and after deletion nothing names them.</summary>
public sealed class LeavingTests
{
    private static async Task<T> WithAsync<T>(CommunityAppFactory app, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private static async Task WithAsync(CommunityAppFactory app, Func<IServiceProvider, Task> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    /// <summary>A member who has done a bit of everything: posted and edited, registered, followed, submitted a practice.</summary>
    private static async Task<(TestPerson Person, string Name, int DebateId, int WebinarId, TestPerson Waiting)> BusyMemberAsync(CommunityAppFactory app)
    {
        var name = "Zephyrine Quillfeather " + Guid.NewGuid().ToString("N")[..6];
        var person = await app.CreatePersonAsync(name, Roles.Member);
        var waiting = await app.CreatePersonAsync("Next In Line", Roles.Member);
        await WithAsync(app, async sp =>
        {
            var db = sp.GetRequiredService<CommunityDbContext>();
            var user = await db.Users.SingleAsync(u => u.Id == person.Id);
            user.Category = StakeholderCategory.PersonLivingWithNcd;
            user.NcdAreas = NcdAreas.Diabetes;
            user.Bio = "Bio of " + name;
            await db.SaveChangesAsync();
            await sp.GetRequiredService<CalendarFeed>().TokenOfAsync(person.Id);
            var application = await db.MembershipApplications.SingleAsync(a => a.UserId == person.Id);
            application.SupportLetterFile = $"{Guid.NewGuid():N}.pdf";
            await sp.GetRequiredService<IFileStore>().WriteAsync(SupportLetter.KeyOf(application.SupportLetterFile), new MemoryStream(Encoding.UTF8.GetBytes("%PDF-1.4 letter of " + name)));
            await db.SaveChangesAsync();
        });
        var debateId = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        await WithAsync(app, async sp =>
        {
            var post = (await sp.GetRequiredService<PostToDebate>().HandleAsync(person.Id, new PostCommand(debateId, null, "A first thought about peer support.", null))).Value!;
            var edited = await sp.GetRequiredService<EditPost>().HandleAsync(person.Id, post.Id, "A second thought about peer support.");
            Assert.True(edited.Succeeded, "The edit should be saved.");
        });
        var webinarId = await WebinarSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddDays(10), capacity: 1);
        await WithAsync(app, async sp =>
        {
            await sp.GetRequiredService<RegisterForWebinar>().HandleAsync(person.Id, webinarId);
        });
        await WithAsync(app, async sp =>
        {
            await sp.GetRequiredService<RegisterForWebinar>().HandleAsync(waiting.Id, webinarId);
        });
        var command = PracticeSetup.Command("Peer circles " + Guid.NewGuid().ToString("N")[..6]);
        command.ContactName = name;
        command.ContactEmail = person.Email;
        await PracticeSetup.CreateAsync(app, person, null, command, submit: true);
        // Mail to them, written as .eml files in the data folder.
        await WithAsync(app, async sp =>
        {
            var user = await sp.GetRequiredService<CommunityDbContext>().Users.SingleAsync(u => u.Id == person.Id);
            await sp.GetRequiredService<MailComposer>().SendAsync(user, new("A note for you"), [new("Nothing more.")]);
        });
        await app.Mailbox.WaitForAsync(person.Email, "A note for you");
        return (person, name, debateId, webinarId, waiting);
    }

    [Fact]
    public async Task The_export_holds_everything_the_platform_has_about_the_person()
    {
        await using var app = new CommunityAppFactory();
        var (person, name, debateId, webinarId, _) = await BusyMemberAsync(app);
        using var browser = new Browser(app);
        await browser.SignInAsync(person);

        var page = await browser.GetAsync("/profile/export");

        using var export = JsonDocument.Parse(page.Html);
        var root = export.RootElement;
        Assert.Equal(name, root.GetProperty("profile").GetProperty("DisplayName").GetString());
        var post = Assert.Single(root.GetProperty("posts").EnumerateArray());
        Assert.Equal(debateId, post.GetProperty("DebateId").GetInt32());
        Assert.Equal("A second thought about peer support.", post.GetProperty("Markdown").GetString());
        Assert.Contains(post.GetProperty("earlierVersions").EnumerateArray(), v => v.GetProperty("Markdown").GetString() == "A first thought about peer support.");
        Assert.Contains(root.GetProperty("debatesFollowed").EnumerateArray(), f => f.GetProperty("DebateId").GetInt32() == debateId);
        Assert.Contains(root.GetProperty("webinarRegistrations").EnumerateArray(), r => r.GetProperty("WebinarId").GetInt32() == webinarId);
        Assert.Contains(root.GetProperty("goodPractices").EnumerateArray(), p => p.GetProperty("ContactEmail").GetString() == person.Email);
        Assert.Contains(root.GetProperty("mailSent").EnumerateArray(), m => m.GetProperty("Subject").GetString() == "A note for you");
        foreach (var section in new[] { "account", "profile", "application", "flagsRaised", "foundHelpful", "debateSuspensions", "synthesisComments", "synthesisEndorsements", "auditLog" })
        {
            Assert.True(root.TryGetProperty(section, out _), $"The export should have a '{section}' section.");
        }
    }

    [Fact]
    public async Task After_deletion_nothing_in_the_database_or_the_data_folder_names_the_person()
    {
        await using var app = new CommunityAppFactory();
        var (person, name, _, webinarId, waiting) = await BusyMemberAsync(app);
        var admin = await app.AdministratorAsync();
        await WithAsync(app, async sp =>
        {
            // An audit entry naming them.
            await sp.GetRequiredService<Features.Administration.ChangeRoles>().HandleAsync(new Actor(admin.Id, admin.DisplayName), person.Id, Roles.Coordinator, grant: true);
        });

        var deleted = await WithAsync(app, sp => sp.GetRequiredService<DeleteAccount>().HandleAsync(person.Id, person.Password));
        Assert.True(deleted.Succeeded, $"Deleting should succeed: {string.Join(" ", deleted.Errors.Select(e => e.Message))}");
        await app.WaitForOutboxAsync();

        var seat = await WithAsync(app, sp => sp.GetRequiredService<CommunityDbContext>().WebinarRegistrations.AsNoTracking().SingleAsync(r => r.WebinarId == webinarId && r.UserId == waiting.Id));
        Assert.Equal(RegistrationStatus.Registered, seat.Status);
        var user = await WithAsync(app, sp => sp.GetRequiredService<CommunityDbContext>().Users.AsNoTracking().SingleAsync(u => u.Id == person.Id));
        Assert.Equal(StakeholderCategory.Other, user.Category);
        Assert.Equal(NcdAreas.None, user.NcdAreas);
        Assert.Null(user.CalendarFeedToken);
        Assert.Equal(0, await WithAsync(app, sp => sp.GetRequiredService<CommunityDbContext>().PostRevisions.CountAsync(r => r.Markdown.Contains("first thought"))));

        var leaks = new List<string>();
        await WithAsync(app, async sp =>
        {
            var db = sp.GetRequiredService<CommunityDbContext>();
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            var tables = new List<string>();
            await using (var list = connection.CreateCommand())
            {
                list.CommandText = db.Database.IsSqlite()
                    ? "SELECT name FROM sqlite_master WHERE type = 'table'"
                    : "SELECT table_schema || '\".\"' || table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')";
                await using var reader = await list.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    tables.Add(reader.GetString(0));
                }
            }
            foreach (var table in tables)
            {
                await using var select = connection.CreateCommand();
                select.CommandText = $"SELECT * FROM \"{table}\"";
                await using var rows = await select.ExecuteReaderAsync();
                while (await rows.ReadAsync())
                {
                    for (var i = 0; i < rows.FieldCount; i++)
                    {
                        var text = rows.IsDBNull(i) ? "" : rows.GetValue(i) is byte[] bytes ? Encoding.UTF8.GetString(bytes) : Convert.ToString(rows.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "";
                        if (Names(text, name, person.Email))
                        {
                            leaks.Add($"{table}.{rows.GetName(i)}: {text[..Math.Min(text.Length, 120)]}");
                        }
                    }
                }
            }
        });
        foreach (var file in Directory.EnumerateFiles(app.DataDirectory, "*", SearchOption.AllDirectories))
        {
            if (Names(Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file)), name, person.Email))
            {
                leaks.Add("file " + Path.GetRelativePath(app.DataDirectory, file));
            }
        }
        Assert.True(leaks.Count == 0, "After deletion these still name the person:\n" + string.Join("\n", leaks));
    }

    private static bool Names(string text, string name, string email) =>
        text.Contains(name, StringComparison.OrdinalIgnoreCase) || text.Contains(email, StringComparison.OrdinalIgnoreCase);
}
