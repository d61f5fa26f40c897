using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Content;
using CommunityOfPractice.Features.Organisations;
using CommunityOfPractice.Features.Practices;
using CommunityOfPractice.Features.Statements;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Web.Features.Statements;

/// <summary>
/// The demo's statements (<c>statements</c> in <c>samples/demo/community.json</c>), idempotent by title: one already
/// published with its signatories, one open for signature now. Loaded after the demo organisations they name.
/// </summary>
internal sealed class DemoStatements(CommunityDbContext db, UserManager<AppUser> users, MarkdownRenderer markdown, IStatementScheduler scheduler, IStatementPublication publication, TimeProvider clock)
{
    public async Task<bool> AddAsync(DemoStatement demo)
    {
        if (await db.Set<Statement>().AnyAsync(s => s.Title == demo.Title))
        {
            return false;
        }
        var author = await users.FindByEmailAsync(demo.DraftedByEmail) ?? throw new InvalidOperationException($"Demo statement {demo.Title}: {demo.DraftedByEmail} is not a demo member.");
        var now = clock.GetUtcNow();
        var opensAt = now.AddDays(demo.OpensInDays);
        var closesAt = opensAt.AddDays(demo.LastsDays);
        var published = closesAt <= now;
        var statement = new Statement
        {
            Slug = PracticeSlug.From(demo.Title),
            Title = demo.Title,
            Markdown = demo.Markdown,
            Html = markdown.ToSafeHtml(demo.Markdown),
            Language = demo.Language,
            TranslationKey = Guid.NewGuid().ToString("N"),
            CreatedById = author.Id,
            CreatedAt = opensAt.AddDays(-7),
            OpensAt = opensAt,
            ClosesAt = closesAt,
            OpenedAt = opensAt <= now ? opensAt : null,
            PublishedAt = published ? closesAt : null,
        };
        foreach (var (name, index) in demo.Signatories.Select((n, i) => (n, i)))
        {
            var folded = OrganisationName.Fold(name);
            var organisation = await db.Organisations.Include(o => o.Representatives)
                .SingleOrDefaultAsync(o => o.FoldedName == folded && o.Status == OrganisationStatus.Approved)
                ?? throw new InvalidOperationException($"Demo statement {demo.Title}: {name} is not an approved demo organisation.");
            statement.Signatures.Add(new StatementSignature
            {
                OrganisationId = organisation.Id,
                SignedById = organisation.Representatives.OrderBy(r => r.AddedAt).First().UserId,
                SignedAt = opensAt.AddHours(index + 1),
            });
        }
        db.Add(statement);
        await db.SaveChangesAsync();
        if (published)
        {
            await publication.ChangedAsync();
        }
        else
        {
            scheduler.ScheduleTransitions(statement, now);
        }
        return true;
    }
}
