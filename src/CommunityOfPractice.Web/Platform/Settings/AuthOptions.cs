using System.ComponentModel.DataAnnotations;

namespace CommunityOfPractice.Web.Platform.Settings;

/// <summary>"Auth": how long a staff member's session lasts before they sign in again, whatever their activity.</summary>
internal sealed class AuthOptions
{
    public const string Section = "Auth";

    [Range(0.25, 720.0, ErrorMessage = "must be a number of hours from {1} to {2}")]
    public double StaffSessionHours { get; set; } = 12;
}
