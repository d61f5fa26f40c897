namespace CommunityOfPractice.IntegrationTests.Hosting;

/// <summary>The same app in the scale-out profile's database, whatever pass the suite is in: PostgreSQL, migrated by its own migrations.</summary>
public sealed class PostgreSqlAppFactory() : CommunityAppFactory(NewDataDirectory(), ownsDataDirectory: true, PostgreSqlServer.CreateDatabaseAsync().GetAwaiter().GetResult());
