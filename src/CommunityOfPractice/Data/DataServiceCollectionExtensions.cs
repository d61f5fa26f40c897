using CommunityOfPractice.Features.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.Data;

internal static class DataServiceCollectionExtensions
{
    public const string SqliteMigrations = "CommunityOfPractice.Migrations.Sqlite";
    public const string PostgreSqlMigrations = "CommunityOfPractice.Migrations.PostgreSql";

    /// <summary>One EF Core model, two providers, each with its own migrations assembly.</summary>
    public static IServiceCollection AddCommunityData(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        // The Identity schema version shapes the model (passkeys), so it belongs with the migrations, not only the host:
        // any process that opens the database (tools, benchmarks, tests) then sees the same model.
        services.Configure<IdentityOptions>(options => options.Stores.SchemaVersion = IdentitySchemaVersions.Version3);
        services.AddDbContextFactory<CommunityDbContext>((scope, options) =>
        {
            if (scope.GetService<IMailDispatch>() is { } dispatch)
            {
                options.AddInterceptors(new OutboxCommitInterceptor(dispatch));
            }
            if (provider == DatabaseProvider.PostgreSql)
            {
                options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgreSqlMigrations));
            }
            else
            {
                options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrations));
                options.AddInterceptors(new SqliteSecureDelete());
            }
            // The API's OpenID Connect server keeps its clients and tokens in the same database.
            options.UseOpenIddict();
        }, ServiceLifetime.Scoped);
        return services;
    }

    /// <summary>The SQLite connection string for a file in the data folder, unless one was configured.</summary>
    public static string SqliteConnectionString(DataFolder data) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(data.Root, "community.db"),
        // Writers wait for each other instead of failing at once.
        DefaultTimeout = 30,
        Pooling = true,
    }.ToString();
}
