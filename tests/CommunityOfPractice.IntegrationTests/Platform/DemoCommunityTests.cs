using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Organisations;
using CommunityOfPractice.Features.Standards;
using CommunityOfPractice.Features.Statements;
using CommunityOfPractice.Features.Webinars;
using CommunityOfPractice.Features.WorkingGroups;
using CommunityOfPractice.IntegrationTests.Hosting;
using CommunityOfPractice.Web.Platform;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Platform;

public sealed class DemoAppFactory : CommunityAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Demo:Seed", "true");
    }
}

public sealed class DemoCommunityTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task The_demo_has_a_published_statement_signed_across_regions_and_one_open_for_signature_that_is_not_public()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var published = await db.Set<Statement>().Include(s => s.Signatures).ThenInclude(g => g.Organisation).SingleAsync(s => s.Title.StartsWith("Nothing about us without us"));
        Assert.True(published.PublishedAt is not null, "The demo's first statement should be published.");
        var regions = published.Signatures.Select(g => g.Organisation!.Region).Distinct().Count();
        Assert.True(regions >= 3, $"The published statement should be signed from at least 3 regions, but is from {regions}.");
        var open = await db.Set<Statement>().SingleAsync(s => s.Title.StartsWith("Essential NCD medicines"));
        Assert.True(open.IsOpenAt(DateTimeOffset.UtcNow) && open.ClosesAt > DateTimeOffset.UtcNow.AddDays(5),
            $"The demo's second statement should be open now and for days, but runs from {open.OpensAt:O} to {open.ClosesAt:O}.");

        using var visitor = new Browser(app);
        var page = await visitor.GetAsync($"/statements/{published.Slug}");
        Assert.Contains("Diabetes Kenya Association", page.Text);
        Assert.Contains("data-testid=\"region-Europe\"", page.Html);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await visitor.GetAsync($"/statements/{open.Slug}")).Status);
        Assert.DoesNotContain(open.Title, (await visitor.GetAsync("/statements")).Text);
        using var member = new Browser(app);
        await member.SignInAsync(new TestPerson("", "amina@demo.example.org", "demo lantern orchard 2026", "Amina W.", null));
        Assert.Contains("Sign the statement", (await member.GetAsync($"/statements/{open.Slug}/sign")).Text);
    }

    [Fact]
    public async Task The_demo_community_has_members_of_every_group_from_several_regions_and_a_pending_application()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var demo = await db.Users.Where(u => u.Email!.EndsWith("@demo.example.org")).ToListAsync();

        Assert.Equal(Enum.GetValues<StakeholderCategory>().Length, demo.Select(u => u.Category).Distinct().Count());
        var regions = demo.Select(u => CountryCatalog.Find(u.CountryCode)!.Region).Distinct().ToList();
        Assert.True(regions.Count >= 5, $"The demo members should come from at least 5 regions, but come from {regions.Count}: {string.Join(", ", regions)}.");
        Assert.Contains(await db.MembershipApplications.Where(a => a.User!.Email!.EndsWith("@demo.example.org")).Select(a => a.Status).ToListAsync(),
            s => s == ApplicationStatus.Pending);

        using var browser = new Browser(app);
        await browser.SignInAsync(new TestPerson("", "amina@demo.example.org", "demo lantern orchard 2026", "Amina W.", null));
        var members = await browser.GetAsync("/members");
        Assert.Contains("Priya S.", members.Text);
        Assert.DoesNotContain("Nuno F.", members.Text);

        var debates = await browser.GetAsync("/debates");
        Assert.Contains("Meaningful involvement of people living with NCDs (first debate, 2018)", debates.Text);
        Assert.Contains("From involvement to influence", debates.Text);
        var open = await db.Debates.SingleAsync(d => d.Title.StartsWith("What good involvement"));
        Assert.True(open.IsOpenAt(DateTimeOffset.UtcNow),
            $"The demo debate \"{open.Title}\" should be open now, but is {open.StateAt(DateTimeOffset.UtcNow)} (from {open.OpensAt:O} to {open.ClosesAt:O}).");
        var next = await db.Debates.SingleAsync(d => d.Title.StartsWith("From involvement"));
        var webinar = await db.Webinars.SingleAsync(w => w.DebateId == next.Id);
        Assert.True(webinar.StartsAt > DateTimeOffset.UtcNow && webinar.StartsAt < next.OpensAt,
            $"The demo webinar should start after now and before the next debate opens at {next.OpensAt:O}, but starts at {webinar.StartsAt:O}.");
        Assert.Equal(new DateTimeOffset(2018, 6, 27, 12, 0, 0, TimeSpan.Zero), (await db.Webinars.SingleAsync(w => w.Title.EndsWith("(2018)"))).StartsAt);

        using var visitor = new Browser(app);
        var landing = await visitor.GetAsync("/");
        Assert.Contains("Context-setting webinar: from involvement to influence", landing.Text);
        Assert.Contains("From involvement to influence", landing.Text);
        Assert.DoesNotContain("https://meet.example.org", landing.Text);

        // Published demo entries are searchable without accents; the one still waiting for a curator is not public.
        var repository = await visitor.GetAsync("/practices?q=sante+municipale");
        Assert.Contains("Santé municipale : un conseil des usagers à Sfax", repository.Text);
        var all = await visitor.GetAsync("/practices");
        Assert.Contains("5 entries", all.Text);
        Assert.DoesNotContain("Youth advocates for asthma-friendly schools", all.Text);
        var english = await visitor.GetAsync("/practices/people-living-with-diabetes-on-the-national-ncd-committee");
        Assert.Contains("des-personnes-vivant-avec-le-diabete-au-comite-national-des-mnt", english.Html);
    }

    [Fact]
    public async Task The_demo_working_group_has_seven_members_from_three_regions_and_a_debate_and_a_meeting_only_they_see()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var group = await db.Set<WorkingGroup>().Include(g => g.Members).ThenInclude(m => m.User).SingleAsync(g => g.Name == "Advocacy working group");
        var members = group.Members.Where(m => m.Status == GroupMemberStatus.Appointed).Select(m => m.User!).ToList();
        Assert.Equal(7, members.Count);
        Assert.Equal(3, members.Select(u => CountryCatalog.Find(u.CountryCode)!.Region).Distinct().Count());
        var debate = await db.Debates.SingleAsync(d => d.WorkingGroupId == group.Id);
        Assert.True(debate.IsOpenAt(DateTimeOffset.UtcNow), $"The group's demo debate should be open now, but is {debate.StateAt(DateTimeOffset.UtcNow)}.");

        // An upcoming meeting in its space, scheduled by the chair, with members of the group registered.
        var meeting = await db.Webinars.SingleAsync(w => w.WorkingGroupId == group.Id);
        Assert.True(meeting.StartsAt > DateTimeOffset.UtcNow && meeting.CancelledAt is null, $"The group's demo meeting should be upcoming, but starts at {meeting.StartsAt:O}.");
        Assert.Equal(group.ChairId, meeting.CreatedById);
        var registrants = await db.WebinarRegistrations.Where(r => r.WebinarId == meeting.Id && r.Status == RegistrationStatus.Registered).Select(r => r.UserId).ToListAsync();
        Assert.True(registrants.Count >= 2 && registrants.All(id => members.Any(m => m.Id == id)),
            $"The group's demo meeting should have a couple of registrants, all members of the group, but has {registrants.Count}.");

        using var outsider = new Browser(app);
        await outsider.SignInAsync(new TestPerson("", "amina@demo.example.org", "demo lantern orchard 2026", "Amina W.", null));
        Assert.DoesNotContain(debate.Title, (await outsider.GetAsync("/debates")).Text);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await outsider.GetAsync($"/webinars/{meeting.Id}")).Status);
        using var member = new Browser(app);
        await member.SignInAsync(new TestPerson("", "sara@demo.example.org", "demo lantern orchard 2026", "Sara N.", null));
        var space = await member.GetAsync($"/groups/{group.Id}");
        Assert.Contains(debate.Title, space.Text);
        Assert.Contains(meeting.Title, space.Text);
    }

    [Fact]
    public async Task The_demo_standard_has_two_english_versions_a_closed_round_answered_a_french_round_open_now_and_confirmed_endorsers()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var english = await db.StandardDocuments.SingleAsync(d => d.Title == "Global standard on the meaningful involvement of people living with NCDs");
        var french = await db.StandardDocuments.SingleAsync(d => d.TranslationOfId == english.Id);
        Assert.Equal("fr", french.Language);
        var versions = await db.StandardVersions.Where(v => v.DocumentId == english.Id).OrderBy(v => v.Number).ToListAsync();
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.True(versions.All(v => v.IsPublished), "Both English versions should be published.");
        var sections = await db.StandardSections.CountAsync(s => s.VersionId == versions[0].Id && s.Level == 1);
        Assert.True(sections >= 6, $"The first version should have about six sections, but has {sections}.");
        var closed = await db.ConsultationRounds.SingleAsync(r => r.VersionId == versions[0].Id);
        var now = DateTimeOffset.UtcNow;
        Assert.True(closed.HasClosedAt(now), "The round on version 1 should have closed.");
        var proposals = await db.StandardProposals.Where(p => p.RoundId == closed.Id).ToListAsync();
        Assert.True(proposals.Count >= 3 && proposals.All(p => p.Answer != null), "Every proposal of the closed round should be answered.");
        var frenchVersion = await db.StandardVersions.SingleAsync(v => v.DocumentId == french.Id);
        var open = await db.ConsultationRounds.SingleAsync(r => r.VersionId == frenchVersion.Id);
        Assert.True(open.IsOpenAt(now), $"The French round should be open now, but runs from {open.OpensAt:O} to {open.ClosesAt:O}.");

        using var visitor = new Browser(app);
        var page = await visitor.GetAsync($"/standards/{english.Slug}");
        Assert.Contains("from the start", page.Text);
        foreach (var organisation in new[] { "Ligue contre le cancer", "Diabetes Kenya Association", "Red de municipios saludables" })
        {
            Assert.Contains(organisation, page.Text);
        }
        Assert.DoesNotContain("Public Health Foundation", page.Text);
        Assert.Contains($"hreflang=\"fr\"", page.Html);
        var report = await visitor.GetAsync($"/standards/{english.Slug}/v1/report");
        Assert.Contains("Caregivers are now named in their own paragraph", report.Text);
        Assert.DoesNotContain("A yearly report is a heavy burden", report.Text);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await visitor.GetAsync($"/standards/{french.Slug}/v1/report")).Status);
    }

    [Fact]
    public async Task The_demo_has_organisations_in_every_region_with_representatives_and_one_pending_with_its_letter()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var approved = await db.Organisations.AsNoTracking().Include(o => o.Representatives).Where(o => o.Status == OrganisationStatus.Approved).ToListAsync();
        Assert.True(approved.Count >= 12, $"The demo should have about 12 approved organisations, but has {approved.Count}.");
        Assert.Equal(Enum.GetValues<WhoRegion>().Length, approved.Select(o => o.Region).Distinct().Count());
        Assert.Equal(Enum.GetValues<OrganisationKind>().Length, approved.Select(o => o.Kind).Distinct().Count());
        Assert.True(approved.All(o => o.Representatives.Count > 0), "Every approved demo organisation should have a representative.");
        var pending = await db.Organisations.AsNoTracking().SingleAsync(o => o.Status == OrganisationStatus.Pending);
        var letter = await scope.ServiceProvider.GetRequiredService<OrganisationQueue>().LetterAsync(pending.Id);
        Assert.NotNull(letter);
        using var content = new MemoryStream();
        await letter.Content.CopyToAsync(content);
        Assert.Null(AdhesionLetter.Validate(content.ToArray()));

        using var browser = new Browser(app);
        await browser.SignInAsync(new TestPerson("", "amina@demo.example.org", "demo lantern orchard 2026", "Amina W.", null));
        var directory = await browser.GetAsync("/organisations?region=WesternPacific");
        Assert.Contains("Aotearoa Heart Trust", directory.Text);
        Assert.DoesNotContain(pending.Name, (await browser.GetAsync("/organisations?country=IN")).Text);
    }

    [Fact]
    public async Task The_demo_history_is_written_inside_its_windows_by_its_members_and_answered_after_the_close()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var now = DateTimeOffset.UtcNow;
        var closed = await db.Debates.AsNoTracking().SingleAsync(d => d.Title == "Meaningful involvement of people living with NCDs (first debate, 2018)");
        var posts = await db.Posts.AsNoTracking().Where(p => p.DebateId == closed.Id).ToListAsync();
        var members = posts.Where(p => p.Kind == PostKind.Member).ToList();
        Assert.Equal(3, members.Count);
        Assert.True(members.All(p => p.CreatedAt >= closed.OpensAt && p.CreatedAt < closed.ClosesAt),
            $"The closed debate's posts should be dated inside its window ({closed.OpensAt:O} to {closed.ClosesAt:O}), but are at {string.Join(", ", members.Select(p => p.CreatedAt.ToString("O")))}.");
        Assert.True(members.Any(p => p.ParentId is not null) && members.Count(p => p.QuestionId is not null) == 3, "The closed debate should have a reply, and every post on a guiding question.");
        Assert.True(posts.Any(p => p.Kind == PostKind.System && p.CreatedAt == closed.ClosesAt), "The closed debate's closing notice should be dated at its close.");

        var english = await db.StandardDocuments.AsNoTracking().SingleAsync(d => d.Title == "Global standard on the meaningful involvement of people living with NCDs");
        var round = await db.ConsultationRounds.AsNoTracking().SingleAsync(r => r.Version!.DocumentId == english.Id);
        var proposals = await db.StandardProposals.AsNoTracking().Where(p => p.RoundId == round.Id).ToListAsync();
        var supports = await db.ProposalSupports.AsNoTracking().Where(s => proposals.Select(p => p.Id).Contains(s.ProposalId)).ToListAsync();
        var comments = await db.StandardComments.AsNoTracking().Where(c => c.RoundId == round.Id).ToListAsync();
        Assert.True(proposals.Count == 4 && comments.Count == 2 && supports.Count == 4, $"The closed round should have 4 proposals, 2 comments and 4 supports, but has {proposals.Count}, {comments.Count} and {supports.Count}.");
        Assert.True(proposals.Select(p => p.CreatedAt).Concat(comments.Select(c => c.CreatedAt)).Concat(supports.Select(s => s.At)).All(at => round.IsOpenAt(at)),
            $"The closed round's contributions and supports should be dated inside its window ({round.OpensAt:O} to {round.ClosesAt:O}).");
        Assert.True(proposals.All(p => p.Answer is not null && p.AnsweredAt >= round.ClosesAt && p.AnsweredAt < now), "Every proposal of the closed round should be answered after it closed.");
        Assert.Equal(proposals.Sum(p => p.SupportCount), supports.Count);

        var french = await db.StandardDocuments.AsNoTracking().SingleAsync(d => d.TranslationOfId == english.Id);
        var open = await db.ConsultationRounds.AsNoTracking().SingleAsync(r => r.Version!.DocumentId == french.Id);
        var openProposals = await db.StandardProposals.AsNoTracking().Where(p => p.RoundId == open.Id).ToListAsync();
        var openComments = await db.StandardComments.AsNoTracking().Where(c => c.RoundId == open.Id).ToListAsync();
        Assert.True(openProposals.Count == 1 && openComments.Count == 1, $"The open round should have a proposal and a comment, but has {openProposals.Count} and {openComments.Count}.");
        Assert.True(openProposals.Select(p => p.CreatedAt).Concat(openComments.Select(c => c.CreatedAt)).All(at => at >= open.OpensAt && at < now) && openProposals.All(p => p.Answer is null),
            "The open round's contributions should be dated since it opened, and not answered yet.");

        var statement = await db.Set<Statement>().AsNoTracking().Include(s => s.Signatures).SingleAsync(s => s.Title.StartsWith("Nothing about us without us"));
        Assert.True(statement.Signatures.All(g => statement.IsOpenAt(g.SignedAt)) && statement.OpenedAt == statement.OpensAt && statement.PublishedAt == statement.ClosesAt,
            "The published statement should be signed inside its window, opened at its opening and published at its close.");
    }

    [Fact]
    public async Task Loading_the_demo_again_adds_nothing()
    {
        async Task<int[]> CountAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            return
            [
                await db.Users.CountAsync(), await db.MembershipApplications.CountAsync(), await db.Debates.CountAsync(), await db.Posts.CountAsync(),
                await db.Webinars.CountAsync(), await db.WebinarRegistrations.CountAsync(), await db.Practices.CountAsync(), await db.StandardDocuments.CountAsync(),
                await db.StandardProposals.CountAsync(), await db.StandardComments.CountAsync(), await db.Organisations.CountAsync(),
                await db.Set<WorkingGroup>().CountAsync(), await db.Set<Statement>().CountAsync(), await db.Set<StatementSignature>().CountAsync(),
            ];
        }
        var before = await CountAsync();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoCommunity>().LoadAsync(scope.ServiceProvider.GetRequiredService<IWebHostEnvironment>().ContentRootPath, null);
        }

        Assert.Equal(before, await CountAsync());
    }
}
