using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Setup;

namespace CommunityOfPractice.Web.Platform;

/// <summary>Start-up: migrate the database, make sure the roles and a way to the first administrator exist, load demo data if asked.</summary>
internal static class DataPreparation
{
    public static async Task PrepareDataAsync(this WebApplication app, string[] args)
    {
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

        var configuration = app.Configuration;
        if (configuration["Bootstrap:AdminEmail"] is { Length: > 0 } email && configuration["Bootstrap:AdminPassword"] is { Length: > 0 } password)
        {
            await firstAdministrator.BootstrapAsync(email, password);
        }

        if (configuration.GetValue("Demo:Seed", false) || args.Contains("--seed-demo"))
        {
            await services.GetRequiredService<DemoCommunity>().LoadAsync(app.Environment.ContentRootPath, configuration["Demo:Path"]);
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
