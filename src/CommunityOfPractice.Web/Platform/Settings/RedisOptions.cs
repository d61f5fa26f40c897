using System.ComponentModel.DataAnnotations;

namespace CommunityOfPractice.Web.Platform.Settings;

/// <summary>"Redis": the scale-out profile, on when <see cref="Configuration"/> is set (see ScaleOut.ScaleOutSetup).</summary>
internal sealed class RedisOptions : IValidatableObject
{
    public const string Section = "Redis";

    /// <summary>A StackExchange.Redis configuration string ("host:port,password=…"); empty on a single node.</summary>
    [DataType(DataType.Password)]
    public string? Configuration { get; set; }

    /// <summary>What every channel and key of this community starts with: several communities (or test runs) may share one Redis.</summary>
    [Required(ErrorMessage = "must not be empty")]
    [RegularExpression("^[A-Za-z0-9._-]{1,64}$", ErrorMessage = "must be 1 to 64 letters, digits, dots, dashes or underscores")]
    public string Prefix { get; set; } = "cop";

    public bool Enabled => !string.IsNullOrWhiteSpace(Configuration);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }
        string? problem = null;
        try
        {
            StackExchange.Redis.ConfigurationOptions.Parse(Configuration!);
        }
        catch (ArgumentException exception)
        {
            // The parser's message names the option it could not read, not the whole string (which may hold a password).
            problem = exception.Message;
        }
        if (problem is not null)
        {
            yield return new ValidationResult($"is not a StackExchange.Redis configuration ({problem})", [nameof(Configuration)]);
        }
    }
}
