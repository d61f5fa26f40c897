using System.Net;
using CommunityOfPractice.Data;
using CommunityOfPractice.IntegrationTests.Hosting;
using CommunityOfPractice.IntegrationTests.Membership;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Platform;

public sealed class PostgreSqlProfileTests(PostgreSqlAppFactory app) : IClassFixture<PostgreSqlAppFactory>
{
    [Fact]
    public async Task The_app_migrates_a_fresh_PostgreSQL_database_and_takes_an_application()
    {
        using var browser = new Browser(app);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/health")).Status);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            Assert.True(db.Database.IsNpgsql(), $"The PostgreSQL profile should use Npgsql, not {db.Database.ProviderName}.");
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        }

        var email = $"pg.{Guid.NewGuid():N}@example.org";
        var sent = await browser.SubmitAsync("/join", "join", JoinFlowTests.Application(email, "Postgres Person"));
        Assert.True(sent.IsRedirect, sent.Text);
        var confirmed = await browser.NavigateAsync(Mailbox.LinkIn(await app.Mailbox.WaitForAsync(email, "Confirm"), "ConfirmEmail"));
        Assert.Contains("Thank you for confirming your email address", confirmed.Text);

        var admin = await app.AdministratorAsync();
        using var adminBrowser = new Browser(app);
        await adminBrowser.SignInAsync(admin);
        var audit = await adminBrowser.GetAsync("/admin/audit?person=Postgres");
        Assert.Equal(HttpStatusCode.OK, audit.Status);
        Assert.Contains("application.email-confirmed", audit.Text);
    }
}
