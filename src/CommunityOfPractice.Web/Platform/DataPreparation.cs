using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Setup;
using CommunityOfPractice.Web.Platform.Settings;
using Microsoft.Extensions.Options;

namespace CommunityOfPractice.Web.Platform;

/// <summary>Start-up: migrate the database, make sure the roles and a way to the first administrator exist, load demo data if asked.</summary>
internal static class DataPreparation
{
    public static async Task PrepareDataAsync(this WebApplication app, string[] args)
    {
        // A wrong setting stops the app here, before the database is migrated, with a message naming its key.
        app.Services.ValidateSettings();
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("CommunityOfPractice.Startup");

        var db = services.GetRequiredService<CommunityDbContext>();
        await using var startUp = await DatabaseMigrator.StartUpLockAsync(db);
        await DatabaseMigrator.MigrateAsync(db);
        await services.GetRequiredService<CommunityOfPractice.Features.Files.IFileStore>().PrepareAsync();

        var firstAdministrator = services.GetRequiredService<FirstAdministrator>();
        await firstAdministrator.EnsureRolesAsync();
        await services.GetRequiredService<CommunityOfPractice.Features.Practices.PracticeDefaults>().EnsureAsync();

        if (services.GetRequiredService<IOptions<BootstrapOptions>>().Value is { IsSet: true } bootstrap)
        {
            await firstAdministrator.BootstrapAsync(bootstrap.AdminEmail!, bootstrap.AdminPassword!);
        }

        var demo = services.GetRequiredService<IOptions<DemoOptions>>().Value;
        if (demo.Seed || args.Contains("--seed-demo"))
        {
            await services.GetRequiredService<DemoCommunity>().LoadAsync(app.Environment.ContentRootPath, demo.Path);
        }

        if (!await firstAdministrator.AnyAdministratorAsync())
        {
            var token = await services.GetRequiredService<SetupToken>().IssueAsync();
            var site = services.GetRequiredService<PublicSite>();
            app.Lifetime.ApplicationStarted.Register(() =>
                logger.LogWarning("No administrator exists yet. Create the first one, once, at: {SetupUrl}", site.Url($"setup?token={token}")));
        }
    }
}
