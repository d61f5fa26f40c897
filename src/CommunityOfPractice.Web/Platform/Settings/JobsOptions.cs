using System.ComponentModel.DataAnnotations;

namespace CommunityOfPractice.Web.Platform.Settings;

/// <summary>
/// "Jobs": where the embedded profile keeps scheduled jobs (see <see cref="JobStorages"/>). PostgreSQL keeps them in
/// the community database whatever this says.
/// </summary>
internal sealed class JobsOptions
{
    public const string Section = "Jobs";

    [EnumDataType(typeof(JobStorageKind), ErrorMessage = "must be Sqlite or Memory")]
    public JobStorageKind Storage { get; set; } = JobStorageKind.Sqlite;

    /// <summary>The SQLite file, in the data folder.</summary>
    [Required(ErrorMessage = "must name a file")]
    [RegularExpression(@"^[^/\\]+$", ErrorMessage = "must be a file name in the data folder, without a folder")]
    public string File { get; set; } = "jobs.db";
}
