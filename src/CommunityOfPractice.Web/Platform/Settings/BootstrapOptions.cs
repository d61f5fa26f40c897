using System.ComponentModel.DataAnnotations;

namespace CommunityOfPractice.Web.Platform.Settings;

/// <summary>"Bootstrap": an administrator made at start-up if none exists (for automated installs); both keys or neither.</summary>
internal sealed class BootstrapOptions : IValidatableObject
{
    public const string Section = "Bootstrap";

    public string? AdminEmail { get; set; }

    [DataType(DataType.Password)]
    public string? AdminPassword { get; set; }

    public bool IsSet => !string.IsNullOrEmpty(AdminEmail) && !string.IsNullOrEmpty(AdminPassword);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrEmpty(AdminEmail) != string.IsNullOrEmpty(AdminPassword))
        {
            yield return new ValidationResult("must be set together, or both left empty", [nameof(AdminEmail), nameof(AdminPassword)]);
        }
        if (!string.IsNullOrEmpty(AdminEmail) && !new EmailAddressAttribute().IsValid(AdminEmail))
        {
            yield return new ValidationResult("must be an email address", [nameof(AdminEmail)]);
        }
    }
}
