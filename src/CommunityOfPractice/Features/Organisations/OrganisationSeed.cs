using System.Text;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Setup;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Organisations;

/// <summary>
/// The demo's organisations (<c>organisations</c> in <c>samples/demo/community.json</c>), idempotent by folded name: the first
/// representative applies with a small adhesion letter; the demo's moderator approves all but the pending ones and adds
/// their other representatives. A pending one waits in the moderators' queue.
/// </summary>
internal sealed class OrganisationSeed(CommunityDbContext db, ApplyForOrganisation apply, DecideOnOrganisation decide, ChangeRepresentatives representatives, IServiceProvider services)
    : DemoSeed<DemoOrganisation>(services, "organisations", order: 60)
{
    /// <summary>A one-page PDF that readers open: the demo's adhesion letter.</summary>
    public static readonly byte[] Letter = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    protected override Task<bool> SkipsAsync(DemoOrganisation demo, CancellationToken cancellationToken) =>
        db.Organisations.AnyAsync(o => o.FoldedName == OrganisationName.Fold(demo.Name), cancellationToken);

    protected override async Task AddAsync(DemoOrganisation demo, DemoSeedContext context, CancellationToken cancellationToken)
    {
        var applicant = await MemberAsync(demo.Representatives[0]);
        var organisation = Check(await apply.HandleAsync(applicant.Id, new OrganisationCommand
        {
            Name = demo.Name, Kind = demo.Kind, CountryCode = demo.CountryCode, Website = demo.Website, NcdAreas = demo.NcdAreas, Letter = Letter,
        }, cancellationToken), demo.Name);
        if (demo.Pending)
        {
            return;
        }
        var moderator = await ModeratorAsync();
        Check(await decide.HandleAsync(moderator, organisation.Id, OrganisationDecision.Approve, null, cancellationToken), demo.Name);
        foreach (var email in demo.Representatives.Skip(1))
        {
            Check(await representatives.AddAsync(moderator, actorIsModerator: true, organisation.Id, email, cancellationToken), $"{demo.Name}, {email}");
        }
    }
}
