using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Organisations;

/// <summary>What a member sends to apply for an organisation. A kind the form could not read arrives as null.</summary>
public sealed class OrganisationCommand
{
    public string Name { get; set; } = "";
    public OrganisationKind? Kind { get; set; }
    public string CountryCode { get; set; } = "";
    public string Website { get; set; } = "";
    public NcdAreas NcdAreas { get; set; }
    public byte[]? Letter { get; set; }
}
