using CommunityOfPractice.Features.Organisations;

namespace CommunityOfPractice.Features.Statements;

/// <summary>An organisation's signature, given by one of its representatives; one per organisation (the key says so).</summary>
internal sealed class StatementSignature
{
    public int StatementId { get; set; }
    public Statement? Statement { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public string SignedById { get; set; } = "";
    public DateTimeOffset SignedAt { get; set; }
}
