using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CommunityOfPractice.Data;

/// <summary>
/// Every SQLite connection overwrites what it deletes or replaces with zeros (<c>PRAGMA secure_delete</c>), so an
/// erased account, a changed profile or a withdrawn post leaves no readable copy in the file's free space.
/// </summary>
internal sealed class SqliteSecureDelete : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA secure_delete = ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
