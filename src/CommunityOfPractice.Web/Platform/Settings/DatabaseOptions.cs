using System.ComponentModel.DataAnnotations;
using CommunityOfPractice.Data;

namespace CommunityOfPractice.Web.Platform.Settings;

/// <summary>
/// "Database": where the community lives. SQLite (the default) keeps a file in the data folder; PostgreSQL needs
/// <c>ConnectionStrings:Default</c>, which is read as connection strings are, with <c>GetConnectionString</c>.
/// </summary>
internal sealed class DatabaseOptions
{
    public const string Section = "Database";

    [EnumDataType(typeof(DatabaseProvider), ErrorMessage = "must be Sqlite or PostgreSql")]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
