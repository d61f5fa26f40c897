using CommunityOfPractice.Data;

namespace CommunityOfPractice.Features.Organisations;

/// <summary>A member who speaks for an organisation; a member may represent several.</summary>
internal sealed class OrganisationRepresentative
{
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public string UserId { get; set; } = "";
    public AppUser? User { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}
