using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace CommunityOfPractice.Web.Platform.Settings;

/// <summary>
/// Runs a settings class's data annotations (and its <see cref="IValidatableObject"/> checks), refuses a key its
/// section does not have (a typo would otherwise be ignored), and words each failure with the configuration key it
/// is about, which is what a person fixing appsettings.json or an environment variable looks for. The value found is
/// shown too, unless it is a secret (<c>[DataType(DataType.Password)]</c>).
/// </summary>
internal sealed class SectionValidator<T>(IConfiguration configuration, string section) : IValidateOptions<T> where T : class
{
    private static readonly PropertyInfo[] Settable = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(property => property.SetMethod is { IsPublic: true })
        .ToArray();

    public ValidateOptionsResult Validate(string? name, T options)
    {
        var failures = configuration.GetSection(section).GetChildren()
            .Where(child => !Settable.Any(property => property.Name.Equals(child.Key, StringComparison.OrdinalIgnoreCase)))
            .Select(child => $"{child.Path} is not a setting; the {section} settings are {string.Join(", ", Settable.Select(property => property.Name))}.")
            .ToList();
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            failures.AddRange(results.Select(result => $"{KeysOf(result)} {result.ErrorMessage}{ValueOf(result, options)}."));
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private string KeysOf(ValidationResult result) =>
        result.MemberNames.Any() ? string.Join(" and ", result.MemberNames.Select(member => $"{section}:{member}")) : section;

    private static string ValueOf(ValidationResult result, T options)
    {
        var property = result.MemberNames.Count() == 1 ? typeof(T).GetProperty(result.MemberNames.Single()) : null;
        if (property is null || property.GetCustomAttributes<DataTypeAttribute>(true).Any(type => type.DataType == DataType.Password))
        {
            return "";
        }
        return property.GetValue(options) switch
        {
            null => "",
            string text => $"; it is \"{text}\"",
            IEnumerable<string> items => $"; it is [{string.Join(", ", items.Select(item => $"\"{item}\""))}]",
            IFormattable formattable => $"; it is {formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture)}",
            var other => $"; it is {other}",
        };
    }
}
