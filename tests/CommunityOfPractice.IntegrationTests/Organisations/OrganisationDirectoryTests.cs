using System.Net;
using System.Text.RegularExpressions;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Organisations;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CommunityOfPractice.IntegrationTests.Organisations.OrganisationSetup;

namespace CommunityOfPractice.IntegrationTests.Organisations;

/// <summary>
/// The directory's filters, the representatives' rules through the organisation page's forms, a deleted last
/// representative, the personal-data export, and the public summary the coordinating body switches on and off.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class OrganisationDirectoryTests(CommunityAppFactory app)
{
    [Fact]
    public async Task The_directory_filters_by_kind_country_region_and_area_and_representatives_keep_at_least_one()
    {
        var amina = await app.CreatePersonAsync(Unique("Amina"), Roles.Member);
        var joao = await app.CreatePersonAsync(Unique("Joao"), Roles.Member);
        var moderator = await app.CreatePersonAsync(Unique("Moderator"), Roles.Member, Roles.Moderator);
        var academia = Unique("Nairobi NCD research unit");
        var patients = Unique("Kenya diabetes patients");
        var brazil = Unique("Rede brasileira");
        var waiting = Unique("Waiting association");
        var academiaId = await ApprovedAsync(app, amina, moderator, academia, OrganisationKind.Academia, "KE", NcdAreas.Cancer | NcdAreas.MentalHealth);
        var patientsId = await ApprovedAsync(app, amina, moderator, patients, OrganisationKind.PatientOrganisation, "KE", NcdAreas.Diabetes);
        await ApprovedAsync(app, joao, moderator, brazil, OrganisationKind.Academia, "BR", NcdAreas.Diabetes);
        await ApprovedAsync(app, joao, moderator, waiting, OrganisationKind.Academia, "KE", approve: false);
        using var browser = await SignedInAsync(app, amina);

        async Task<string> Listed(string query) => (await browser.GetAsync($"/organisations?{query}")).Text;
        var africa = await Listed("region=Africa");
        Assert.Contains(academia, africa);
        Assert.Contains(patients, africa);
        Assert.DoesNotContain(brazil, africa);
        var academiaOnly = await Listed("kind=Academia");
        Assert.Contains(academia, academiaOnly);
        Assert.Contains(brazil, academiaOnly);
        Assert.DoesNotContain(patients, academiaOnly);
        var diabetesInKenya = await Listed("country=KE&area=Diabetes");
        Assert.Contains(patients, diabetesInKenya);
        Assert.DoesNotContain(academia, diabetesInKenya);
        Assert.DoesNotContain(brazil, diabetesInKenya);
        // A tampered filter is ignored, never an error; a page past the end shows the last one.
        Assert.Contains(brazil, await Listed("kind=Spaceship&region=Mars&area=99&page=9999"));
        Assert.DoesNotContain(waiting, await Listed("kind=Academia&page=1") + await Listed("country=KE"));
        Assert.Contains("Organisation not found", (await browser.GetAsync($"/organisations/{await IdOfAsync(waiting)}")).Text);

        // A representative adds another member by email; twice is refused; the last one cannot leave.
        var path = $"/organisations/{academiaId}";
        var added = await browser.SubmitAsync(path, "add-representative", new Dictionary<string, string> { ["Input.Representative"] = joao.Email.ToUpperInvariant() });
        Assert.True(added.IsRedirect, $"Adding a representative should redirect:\n{added.Html}");
        Assert.Contains(joao.DisplayName, (await browser.GetAsync(path)).Text);
        var twice = await browser.SubmitAsync(path, "add-representative", new Dictionary<string, string> { ["Input.Representative"] = joao.DisplayName });
        Assert.Contains("This member already represents the organisation.", twice.Text);
        Assert.Contains(joao.DisplayName, twice.Text);
        var nobody = await browser.SubmitAsync(path, "add-representative", new Dictionary<string, string> { ["Input.Representative"] = "nobody@example.org" });
        Assert.Contains("No member has this email or shown name.", nobody.Text);
        Assert.True((await browser.SubmitAsync(path, $"remove-{amina.Id}", new Dictionary<string, string>())).IsRedirect, "Amina can leave while João stays.");
        Assert.DoesNotContain("name=\"_handler\" value=\"add-representative\"", (await browser.GetAsync(path)).Html);
        using var joaoBrowser = await SignedInAsync(app, joao);
        var last = await joaoBrowser.SubmitAsync(path, $"remove-{joao.Id}", new Dictionary<string, string>());
        Assert.Contains("An organisation keeps at least one representative: add another before removing this one.", last.Text);
        Assert.Equal([joao.Id], await WithDbAsync(app, db => db.OrganisationRepresentatives.Where(r => r.OrganisationId == academiaId).Select(r => r.UserId).ToListAsync()));
        Assert.Contains("organisation.representative-removed", await AuditAsync(app, academia));

        // João represents several organisations, and his export says which.
        Assert.Contains(academia, (await joaoBrowser.GetAsync("/organisations/mine")).Text);
        var export = await joaoBrowser.GetAsync("/profile/export");
        Assert.Contains("organisationsRepresented", export.Html);
        Assert.Contains(academia, Regex.Unescape(export.Html));
        Assert.Contains(brazil, Regex.Unescape(export.Html));

        // Amina deletes her account: her organisation stays listed, flagged to moderators, who find it a representative.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var deleted = await scope.ServiceProvider.GetRequiredService<DeleteAccount>().HandleAsync(amina.Id, amina.Password);
            Assert.True(deleted.Succeeded, "Amina's account should be deleted.");
        }
        Assert.Contains(patients, (await joaoBrowser.GetAsync("/organisations?region=Africa")).Text);
        using var staff = await SignedInAsync(app, moderator);
        Assert.Contains(patients, (await staff.GetAsync("/organisations/review")).Text);
        var rescued = await staff.SubmitAsync($"/organisations/{patientsId}", "add-representative", new Dictionary<string, string> { ["Input.Representative"] = joao.Email });
        Assert.True(rescued.IsRedirect, $"A moderator adds a representative to an organisation without one:\n{rescued.Html}");
        Assert.False(await WithDbAsync(app, db => db.Organisations.Where(o => o.Id == patientsId).Select(o => o.NeedsRepresentative).SingleAsync()),
            "The organisation has a representative again, so it is no longer flagged.");
    }

    [Fact]
    public async Task The_public_summary_is_a_404_until_a_coordinator_turns_it_on_is_cached_and_dropped_on_change_and_no_public_view_names_a_pending_organisation()
    {
        var member = await app.CreatePersonAsync(Unique("Member"), Roles.Member);
        var moderator = await app.CreatePersonAsync(Unique("Moderator"), Roles.Member, Roles.Moderator);
        var coordinator = await app.CreatePersonAsync(Unique("Coordinator"), Roles.Member, Roles.Coordinator);
        var approved = Unique("Pacific heart trust");
        var pending = Unique("Pending secret society");
        await ApprovedAsync(app, member, moderator, approved, OrganisationKind.PrivateNonProfit, "NZ");
        await ApprovedAsync(app, member, moderator, pending, OrganisationKind.CivilSociety, "FR", approve: false);
        using var visitor = new Browser(app);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/organisations/summary")).Status);

        using var staff = await SignedInAsync(app, coordinator);
        try
        {
            var on = await staff.SubmitAsync("/organisations/settings", "summary-switch", new Dictionary<string, string>());
            Assert.True(on.IsRedirect, $"Turning the summary on should redirect:\n{on.Html}");
            Assert.Contains("The public summary is on.", (await staff.GetAsync("/organisations/settings")).Text);
            var summary = await visitor.GetAsync("/organisations/summary");
            Assert.Equal(HttpStatusCode.OK, summary.Status);
            var before = Total(summary.Text);
            Assert.True(before >= 1, $"The summary should count the approved organisation, but counts {before}.");
            Assert.Equal(before, Total((await visitor.GetAsync("/organisations/summary")).Text));

            // An approval changes the counts: the cached page is dropped, the next visitor sees the new total.
            await ApprovedAsync(app, member, moderator, Unique("Newly approved"), OrganisationKind.Academia, "IN");
            Assert.Equal(before + 1, Total((await visitor.GetAsync("/organisations/summary")).Text));

            foreach (var path in new[] { "/", "/organisations/summary", "/practices", "/api/practices", "/practices/feed.atom", "/api/standards", "/organisations", "/organisations/join" })
            {
                var page = await visitor.NavigateAsync(path);
                Assert.DoesNotContain(pending, page.Text);
                Assert.DoesNotContain(approved, page.Text);
            }
            Assert.Contains("organisation.summary-public", await WithDbAsync(app, db => db.AuditEntries.Where(e => e.ActorId == coordinator.Id).Select(e => e.Action).ToListAsync()));
        }
        finally
        {
            var off = await staff.SubmitAsync("/organisations/settings", "summary-switch", new Dictionary<string, string>());
            Assert.True(off.IsRedirect, $"Turning the summary off should redirect:\n{off.Html}");
        }
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/organisations/summary")).Status);
    }

    private Task<int> IdOfAsync(string name) => WithDbAsync(app, db => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    private static int Total(string summary) => int.Parse(TotalLine().Match(summary).Groups[1].Value);

    [GeneratedRegex(@"data-testid=""summary-total"">(\d+) member organisations")]
    private static partial Regex TotalLine();
}
