using System.Text;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Organisations;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Organisations;

/// <summary>What the organisation tests share: the application form's fields, a PDF, and organisations made through the use cases.</summary>
internal static class OrganisationSetup
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    public static (string, string, byte[]) Letter(byte[]? content = null) => ("Letter", "letter.pdf", content ?? Pdf);

    public static Dictionary<string, string> Form(string name, string kind = "PatientOrganisation", string country = "SN", string website = "https://example.org") => new()
    {
        ["Input.Name"] = name,
        ["Input.Kind"] = kind,
        ["Input.CountryCode"] = country,
        ["Input.Website"] = website,
        ["area-Diabetes"] = "on",
    };

    public static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>An organisation applied for by <paramref name="applicant"/> and approved by a moderator, through the use cases.</summary>
    public static async Task<int> ApprovedAsync(CommunityAppFactory app, TestPerson applicant, TestPerson moderator, string name, OrganisationKind kind, string country,
        CommunityOfPractice.Features.Membership.NcdAreas areas = CommunityOfPractice.Features.Membership.NcdAreas.Diabetes, bool approve = true)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (organisation, errors) = await scope.ServiceProvider.GetRequiredService<ApplyForOrganisation>().HandleAsync(applicant.Id, new OrganisationCommand
        {
            Name = name, Kind = kind, CountryCode = country, Website = "https://example.org", NcdAreas = areas, Letter = Pdf,
        });
        Assert.True(organisation is not null, $"Applying for {name} failed: {string.Join(" ", errors.Select(e => e.Message))}");
        if (approve)
        {
            var decided = await scope.ServiceProvider.GetRequiredService<DecideOnOrganisation>()
                .HandleAsync(new Actor(moderator.Id, moderator.DisplayName), organisation!.Id, OrganisationDecision.Approve, null);
            Assert.True(decided.Succeeded, $"Approving {name} failed: {string.Join(" ", decided.Errors.Select(e => e.Message))}");
        }
        return organisation!.Id;
    }

    public static async Task<T> WithDbAsync<T>(CommunityAppFactory app, Func<CommunityDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CommunityDbContext>());
    }

    public static Task<List<string>> AuditAsync(CommunityAppFactory app, string organisationName) =>
        WithDbAsync(app, db => db.AuditEntries.AsNoTracking().Where(e => e.Action.StartsWith("organisation.") && e.Details != null && e.Details.StartsWith(organisationName))
            .OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());

    public static async Task<Browser> SignedInAsync(CommunityAppFactory app, TestPerson person)
    {
        var browser = new Browser(app);
        await browser.SignInAsync(person);
        return browser;
    }
}
