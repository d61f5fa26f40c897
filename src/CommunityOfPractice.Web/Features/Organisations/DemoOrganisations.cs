using System.Text;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Files;
using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Organisations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Web.Features.Organisations;

/// <summary>
/// The demo's organisations (<c>organisations</c> in <c>samples/demo/community.json</c>), idempotent by folded name: approved
/// ones with their representatives, and pending ones waiting in the moderators' queue, each with a small adhesion letter.
/// </summary>
internal sealed class DemoOrganisations(CommunityDbContext db, UserManager<AppUser> users, IFileStore files, TimeProvider clock)
{
    /// <summary>A one-page PDF that readers open: the demo's adhesion letter.</summary>
    public static readonly byte[] Letter = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    public async Task<bool> AddAsync(DemoOrganisation demo)
    {
        var folded = OrganisationName.Fold(demo.Name);
        if (await db.Organisations.AnyAsync(o => o.FoldedName == folded))
        {
            return false;
        }
        var country = CountryCatalog.Find(demo.CountryCode) ?? throw new InvalidOperationException($"Demo organisation {demo.Name}: unknown country {demo.CountryCode}.");
        if (!OrganisationRules.IsWebsite(demo.Website))
        {
            throw new InvalidOperationException($"Demo organisation {demo.Name}: {demo.Website} is not a website.");
        }
        var representatives = new List<AppUser>();
        foreach (var email in demo.Representatives)
        {
            representatives.Add(await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"Demo representative {email} is not a demo member."));
        }
        var now = clock.GetUtcNow();
        var organisation = new Organisation
        {
            Name = demo.Name,
            FoldedName = folded,
            Kind = demo.Kind,
            CountryCode = country.Code,
            Region = country.Region,
            Website = demo.Website,
            NcdAreas = demo.NcdAreas,
            LetterFile = $"{Guid.NewGuid():N}.pdf",
            Status = demo.Pending ? OrganisationStatus.Pending : OrganisationStatus.Approved,
            ApplicantId = representatives[0].Id,
            SubmittedAt = now,
            DecidedAt = demo.Pending ? null : now,
        };
        if (!demo.Pending)
        {
            organisation.Representatives.AddRange(representatives.Select(r => new OrganisationRepresentative { UserId = r.Id, AddedAt = now }));
        }
        await files.WriteAsync(AdhesionLetter.KeyOf(organisation.LetterFile), new MemoryStream(Letter, writable: false));
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return true;
    }
}
