using System.Globalization;
using System.Net;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Standards;
using CommunityOfPractice.Features.WorkingGroups;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.WorkingGroups;

/// <summary>
/// A working group's documents: the chair writes and versions them through the forms, the group's members read and
/// compare them, and nobody else finds them anywhere, neither in the group's pages nor in the community's standards views.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class GroupDocumentTests(CommunityAppFactory app)
{
    private const string FirstBody = "# Scope\n\nThe group drafts the council statement.\n\nIt meets monthly.";
    private const string SecondBody = "# Scope\n\nThe group drafts the council statement and the toolkit.\n\nIt meets monthly.\n\n# Timeline\n\nA first draft by March.";

    private async Task<T> UseAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private static Actor ActorOf(TestPerson person) => new(person.Id, person.DisplayName);

    private async Task<Browser> SignedInAsync(TestPerson person)
    {
        var browser = new Browser(app);
        await browser.SignInAsync(person);
        return browser;
    }

    private static Dictionary<string, string> Form(string title, string body) => new()
    {
        ["Input.Title"] = title, ["Input.Summary"] = "What the group writes for the council.", ["Input.Language"] = "en", ["Input.Body"] = body,
    };

    [Fact]
    public async Task The_chair_creates_and_versions_a_document_members_read_and_compare_it_and_others_find_nothing()
    {
        _ = app.Server;
        var chair = await GroupSetup.PersonFromAsync(app, "Docs Chair", "FR");
        var member = await GroupSetup.PersonFromAsync(app, "Docs Member", "KE");
        var outsider = await GroupSetup.PersonFromAsync(app, "Docs Outsider", "BR");
        var groupId = await GroupSetup.GroupAsync(app, "Docs", chair, member);
        var title = "Council statement plan " + Guid.NewGuid().ToString("N")[..6];

        // A member who is not the chair has no form and cannot create through the use case either.
        using var membering = await SignedInAsync(member);
        Assert.Equal(HttpStatusCode.NotFound, (await membering.GetAsync($"/groups/{groupId}/documents/new")).Status);
        var (notCreated, refusal) = await UseAsync(s => s.GetRequiredService<CreateGroupDocument>().HandleAsync(ActorOf(member), groupId,
            new StandardCommand { Title = title, Summary = "No.", Body = FirstBody }));
        Assert.Null(notCreated);
        Assert.Equal("Only coordinators and the group's chair can do this.", Assert.Single(refusal).Message);
        Assert.DoesNotContain("New document in this group", (await membering.GetAsync($"/groups/{groupId}")).Text);
        // A coordinator without two-factor sign-in is refused too, as for every staff act.
        var unsecured = await GroupSetup.PersonFromAsync(app, "Docs Unsecured Coordinator", "CH", Roles.Coordinator);
        await UseAsync(async s =>
        {
            var db = s.GetRequiredService<CommunityDbContext>();
            (await db.Users.FindAsync(unsecured.Id))!.TwoFactorEnabled = false;
            return await db.SaveChangesAsync();
        });
        Assert.Equal("Only coordinators and the group's chair can do this.", Assert.Single((await UseAsync(s => s.GetRequiredService<CreateGroupDocument>().HandleAsync(ActorOf(unsecured), groupId,
            new StandardCommand { Title = title, Summary = "No.", Body = FirstBody }))).Errors).Message);

        // The chair: an empty text is refused and the typed title kept; then the document is created, published as version 1.
        using var chairing = await SignedInAsync(chair);
        Assert.Contains("New document in this group", (await chairing.GetAsync($"/groups/{groupId}")).Text);
        var empty = await chairing.SubmitAsync($"/groups/{groupId}/documents/new", "new-group-document", Form(title, " "));
        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Contains("Write the text of the standard.", empty.Text);
        Assert.Contains($"value=\"{title}\"", empty.Html);
        Assert.False(await UseAsync(s => s.GetRequiredService<CommunityDbContext>().StandardDocuments.AnyAsync(d => d.Title == title)), "A refused form should save nothing.");
        var created = await chairing.SubmitAsync($"/groups/{groupId}/documents/new", "new-group-document", Form(title, FirstBody));
        Assert.True(created.IsRedirect, $"Creating the document should redirect to it:\n{created.Text}");
        var documentId = int.Parse(created.Location!.Split('/')[^1], CultureInfo.InvariantCulture);
        var address = $"/groups/{groupId}/documents/{documentId}";

        // A second version through the document's form; an empty one is refused with the text kept as typed (empty).
        var refused = await chairing.SubmitAsync(address, "group-document-version", new Dictionary<string, string> { ["Next.Body"] = "" });
        Assert.Contains("Write the text of the standard.", refused.Text);
        var published = await chairing.SubmitAsync(address, "group-document-version", new Dictionary<string, string> { ["Next.Body"] = SecondBody });
        Assert.True(published.IsRedirect, $"Publishing the version should redirect to the document:\n{published.Text}");

        // The member finds it in the space with its latest version, reads both versions with numbered paragraphs, and compares them.
        var space = await membering.GetAsync($"/groups/{groupId}");
        Assert.Contains(title, space.Text);
        Assert.Contains($"href=\"groups/{groupId}/documents/{documentId}\"", space.Html);
        Assert.Contains("Version 2", space.Text);
        var latest = await membering.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, latest.Status);
        Assert.Contains("A first draft by March.", latest.Text);
        Assert.Contains("id=\"p2.1\"", latest.Html);
        Assert.DoesNotContain("group-document-version", latest.Html);
        var first = await membering.GetAsync($"{address}/v1");
        Assert.Contains("It meets monthly.", first.Text);
        Assert.DoesNotContain("A first draft by March.", first.Text);
        Assert.Contains("data-testid=\"newer-version\"", first.Html);
        var comparison = await membering.GetAsync($"{address}/compare?from=1&to=2");
        Assert.Equal(HttpStatusCode.OK, comparison.Status);
        Assert.Contains("data-testid=\"comparison\"", comparison.Html);
        Assert.Contains("the toolkit", comparison.Text);
        Assert.Contains($"href=\"groups/{groupId}/documents/{documentId}/v2#p2.1\"", comparison.Html);
        Assert.Contains("data-testid=\"notice\"", (await membering.GetAsync($"{address}/compare?from=2&to=2")).Html);
        Assert.Equal(HttpStatusCode.NotFound, (await membering.GetAsync($"{address}/v3")).Status);

        // An outsider gets the same "not found" as for a document that does not exist, and never the title.
        using var outside = await SignedInAsync(outsider);
        foreach (var path in new[] { address, $"{address}/v1", $"{address}/compare", $"/groups/{groupId}/documents/new", $"/groups/{groupId}/documents/999999" })
        {
            var page = await outside.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, page.Status);
            Assert.DoesNotContain(title, page.Text);
        }
        // A member of the group cannot reach it through another group's address either.
        var otherGroup = await GroupSetup.GroupAsync(app, "Other docs", outsider, member);
        Assert.Equal(HttpStatusCode.NotFound, (await membering.GetAsync($"/groups/{otherGroup}/documents/{documentId}")).Status);
        Assert.Equal("This standard does not exist.", Assert.Single((await UseAsync(s => s.GetRequiredService<PublishGroupDocumentVersion>()
            .HandleAsync(ActorOf(outsider), otherGroup, documentId, SecondBody))).Errors).Message);

        var audit = await UseAsync(s => s.GetRequiredService<CommunityDbContext>().AuditEntries.Where(e => e.Details == title || e.Details == title + " v2").Select(e => e.Action).ToListAsync());
        Assert.Equal(["group.document.created", "group.document.version-published"], audit.Order());
    }

    [Fact]
    public async Task A_group_document_is_in_none_of_the_community_views_of_standards()
    {
        _ = app.Server;
        var chair = await GroupSetup.PersonFromAsync(app, "Hidden Chair", "MX");
        var member = await GroupSetup.PersonFromAsync(app, "Hidden Member", "IN");
        var coordinator = await GroupSetup.PersonFromAsync(app, "Hidden Coordinator", "CH", Roles.Coordinator);
        var groupId = await GroupSetup.GroupAsync(app, "Hidden", chair, member);
        var title = "Hidden group paper " + Guid.NewGuid().ToString("N")[..6];
        var document = await GroupSetup.DocumentAsync(app, chair, groupId, title, FirstBody, SecondBody);
        var slug = document.Slug;

        // The public: the API, the feed, OpenAPI's listing, the public pages: nothing, or "not found" as for an unknown standard.
        using var anonymous = new Browser(app);
        foreach (var path in new[] { "/api/standards", "/practices/feed.atom", "/openapi/v1.json", "/" })
        {
            var page = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.DoesNotContain(title, page.Text);
            Assert.DoesNotContain(slug, page.Html);
        }
        foreach (var path in new[] { $"/standards/{slug}", $"/standards/{slug}/v1", $"/standards/{slug}/v2", $"/standards/{slug}/compare", $"/api/standards/{slug}", $"/standards/{slug}/v1/report" })
        {
            var page = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, page.Status);
            Assert.DoesNotContain(title, page.Text);
        }

        // Members, even of the group, and coordinators: the standards list, the drafting, consultation and endorsement pages do not have it.
        using var membering = await SignedInAsync(member);
        using var coordinating = await SignedInAsync(coordinator);
        foreach (var browser in new[] { membering, coordinating })
        {
            Assert.DoesNotContain(title, (await browser.GetAsync("/standards")).Text);
            Assert.DoesNotContain(title, (await browser.GetAsync("/")).Text);
            Assert.DoesNotContain(title, (await browser.GetAsync($"/standards/{slug}/consult")).Text);
            Assert.DoesNotContain(title, (await browser.GetAsync($"/standards/{slug}/endorse")).Text);
        }
        Assert.DoesNotContain(title, (await coordinating.GetAsync($"/standards/{slug}/draft")).Text);
        Assert.DoesNotContain(title, (await coordinating.GetAsync("/standards/endorsements")).Text);
        Assert.DoesNotContain(title, (await coordinating.GetAsync("/standards/new")).Text);

        // The use cases and readers behind them refuse it too: no round, no endorsement window, no translation, no listing.
        var versionId = await UseAsync(s => s.GetRequiredService<CommunityDbContext>().StandardVersions.Where(v => v.DocumentId == document.Id && v.Number == 2).Select(v => v.Id).SingleAsync());
        var round = await UseAsync(s => s.GetRequiredService<OpenConsultationRound>().HandleAsync(ActorOf(coordinator), new RoundCommand
        {
            VersionId = versionId, OpensLocal = DateTime.UtcNow.AddDays(1), ClosesLocal = DateTime.UtcNow.AddDays(10), TimeZoneId = "UTC",
        }));
        Assert.False(round.Succeeded, "A group's document should never get a consultation round of the whole community.");
        var endorsement = await UseAsync(s => s.GetRequiredService<OpenEndorsement>().HandleAsync(ActorOf(coordinator), document.Id, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(10)));
        Assert.Equal("This standard does not exist.", Assert.Single(endorsement.Errors).Message);
        var translation = await UseAsync(s => s.GetRequiredService<CreateStandard>().HandleAsync(ActorOf(coordinator),
            new StandardCommand { Title = "Traduction " + title, Summary = "Non.", Language = "fr", Body = FirstBody, TranslationOfId = document.Id }));
        Assert.Equal("A translation links to a standard in another language.", Assert.Single(translation.Errors).Message);
        Assert.DoesNotContain(title, (await UseAsync(s => s.GetRequiredService<StandardDesk>().ListAsync(includeDrafts: true))).Select(l => l.Document.Title));
        Assert.DoesNotContain(title, (await UseAsync(s => s.GetRequiredService<PublishedStandards>().ListAsync())).Select(l => l.Title));
        Assert.DoesNotContain(title, (await UseAsync(s => s.GetRequiredService<EndorsementReader>().StandardsAsync())).Select(l => l.Title));
        Assert.Null(await UseAsync(s => s.GetRequiredService<StandardDesk>().FileAsync(slug)));
        Assert.Null(await UseAsync(s => s.GetRequiredService<PublishedStandards>().ParagraphsAsync(document.Id, 1)));
    }
}
