using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Organisations;
using CommunityOfPractice.Features.Setup;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Statements;

/// <summary>
/// The demo's statements (<c>statements</c> in <c>samples/demo/community.json</c>), idempotent by title, played on a clock set
/// in the past: the coordinator drafts each a week before its window, the window's opening and closing (publication) run
/// through the transitions the jobs run, and each signatory's first representative signs inside it, an hour apart. One is
/// already published, one open for signature now. Loaded after the demo organisations it names.
/// </summary>
internal sealed class StatementSeed(CommunityDbContext db, UserManager<AppUser> users, IServiceProvider services) : DemoSeed<DemoStatement>(services, "statements", order: 90)
{
    protected override Task<bool> SkipsAsync(DemoStatement demo, CancellationToken cancellationToken) =>
        db.Set<Statement>().AnyAsync(s => s.Title == demo.Title, cancellationToken);

    protected override async Task AddAsync(DemoStatement demo, DemoSeedContext context, CancellationToken cancellationToken)
    {
        var now = context.Now;
        var opensAt = now.AddDays(demo.OpensInDays);
        var closesAt = opensAt.AddDays(demo.LastsDays);
        var drafter = await MemberAsync(demo.DraftedByEmail);
        var clock = new SeedClock(opensAt.AddDays(-7) < now ? opensAt.AddDays(-7) : now);
        var statement = Check(await On<DraftStatement>(clock).HandleAsync(new Actor(drafter.Id, drafter.DisplayName), await users.IsInRoleAsync(drafter, Roles.Coordinator), new StatementCommand
        {
            Title = demo.Title, Markdown = demo.Markdown, Language = demo.Language, OpensLocal = opensAt.UtcDateTime, ClosesLocal = closesAt.UtcDateTime, TimeZoneId = "UTC",
        }, cancellationToken), demo.Title);
        if (opensAt > now)
        {
            return;
        }
        await At<StatementTransitions>(clock, opensAt).ApplyAsync(statement.Id, cancellationToken);
        foreach (var (name, index) in demo.Signatories.Select((n, i) => (n, i)))
        {
            var folded = OrganisationName.Fold(name);
            var organisation = await db.Organisations.AsNoTracking().Include(o => o.Representatives)
                .SingleOrDefaultAsync(o => o.FoldedName == folded && o.Status == OrganisationStatus.Approved, cancellationToken)
                ?? throw new InvalidOperationException($"Demo statement {demo.Title}: {name} is not an approved demo organisation.");
            var firstRepresentative = organisation.Representatives.MinBy(r => r.AddedAt)!.UserId;
            var signer = await db.Users.AsNoTracking().SingleAsync(u => u.Id == firstRepresentative, cancellationToken);
            clock.Now = opensAt.AddHours(index + 1);
            Check(await On<SignStatement>(clock).HandleAsync(new Actor(signer.Id, signer.DisplayName), statement.Id, organisation.Id, cancellationToken), name);
        }
        if (closesAt <= now)
        {
            await At<StatementTransitions>(clock, closesAt).ApplyAsync(statement.Id, cancellationToken);
        }
    }
}
