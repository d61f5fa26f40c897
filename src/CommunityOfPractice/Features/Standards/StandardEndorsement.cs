using CommunityOfPractice.Data;

namespace CommunityOfPractice.Features.Standards;

/// <summary>
/// An organisation endorses a standard's final version through the member who represents it. It is shown only once a
/// coordinator has confirmed it.
/// </summary>
internal sealed class StandardEndorsement
{
    public const int OrganisationLength = 300;
    public const int RoleLength = 200;

    public int Id { get; set; }
    public int DocumentId { get; set; }
    public int VersionId { get; set; }
    public string Organisation { get; set; } = "";
    /// <summary>The organisation's name folded (case, accents, spaces), so one organisation endorses once however it is typed.</summary>
    public string OrganisationKey { get; set; } = "";
    public string CountryCode { get; set; } = "";
    /// <summary>The role of the person who signs for the organisation ("Executive director").</summary>
    public string SignatoryRole { get; set; } = "";
    public string EndorsedById { get; set; } = "";
    public AppUser? EndorsedBy { get; set; }
    public DateTimeOffset EndorsedAt { get; set; }
    public string? ConfirmedById { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }

    public bool IsConfirmed => ConfirmedAt is not null;
}
