using CommunityOfPractice.Data;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CommunityOfPractice.Features.Files;

internal static class FileStoreServiceCollectionExtensions
{
    /// <summary>The store follows the database: PostgreSQL when scaled out, so every node reads what any node wrote; the data folder otherwise.</summary>
    public static IServiceCollection AddFileStore(this IServiceCollection services, DatabaseProvider provider, string connectionString, DataFolder data) =>
        provider == DatabaseProvider.PostgreSql
            ? services.AddSingleton<IFileStore>(_ => new PostgreSqlFileStore(NpgsqlDataSource.Create(connectionString)))
            : services.AddSingleton<IFileStore>(FolderFileStore.In(data));
}
