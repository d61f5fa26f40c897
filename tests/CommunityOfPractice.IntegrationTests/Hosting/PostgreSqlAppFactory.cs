using Microsoft.AspNetCore.Hosting;

namespace CommunityOfPractice.IntegrationTests.Hosting;

/// <summary>The same app in the scale-out profile's database: PostgreSQL, migrated by its own migrations.</summary>
public sealed class PostgreSqlAppFactory : CommunityAppFactory
{
    private readonly string connectionString = PostgreSqlServer.CreateDatabaseAsync().GetAwaiter().GetResult();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:Provider", "PostgreSql");
        builder.UseSetting("ConnectionStrings:Default", connectionString);
    }
}
