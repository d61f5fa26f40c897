using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Organisations;
using CommunityOfPractice.Features.Statements;
using CommunityOfPractice.Features.WorkingGroups;
using CommunityOfPractice.Features.Webinars;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Syntheses;

/// <summary>What the community did in a period, as the coordinating body reports its year (seed 001).</summary>
internal sealed class ImpactReport(CommunityDbContext db)
{
    public static IReadOnlyList<FieldError> Check(DateOnly? from, DateOnly? to) =>
        from is null || to is null ? [new FieldError("From", "Give the first and last day of the period.")]
        : to < from ? [new FieldError("To", "The period must end on or after its first day.")]
        : to.Value.DayNumber - from.Value.DayNumber > 366 * 5 ? [new FieldError("To", "Choose a period of at most five years.")]
        : [];

    public async Task<ImpactFigures> ComputeAsync(ImpactPeriod period, CancellationToken cancellationToken = default)
    {
        var (start, end) = (period.Start, period.End);
        var memberRoles = new[] { Roles.Member, Roles.Moderator, Roles.Coordinator, Roles.Admin };
        var members = await db.Users.AsNoTracking()
            .Where(u => u.DeletedAt == null && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && memberRoles.Contains(r.Name!))))
            .Select(u => new { u.Category, u.CountryCode, u.JoinedAt })
            .ToListAsync(cancellationToken);
        members = members.Where(m => m.JoinedAt < end).ToList();

        var debates = await db.Debates.AsNoTracking().Where(d => d.IsPublished).Select(d => new { d.Id, d.Title, d.OpensAt, d.ClosesAt }).ToListAsync(cancellationToken);
        debates = debates.Where(d => d.OpensAt < end && d.ClosesAt > start).OrderBy(d => d.OpensAt).ToList();
        var debateIds = debates.Select(d => d.Id).ToList();
        var posts = await db.Posts.AsNoTracking()
            .Where(p => debateIds.Contains(p.DebateId) && p.Kind == PostKind.Member && p.Status == PostStatus.Published)
            .GroupBy(p => p.DebateId)
            .Select(g => new { DebateId = g.Key, Posts = g.Count(), Participants = g.Select(p => p.AuthorId).Distinct().Count() })
            .ToListAsync(cancellationToken);

        // The community's webinars: a working group's meetings are its own business, not the community's reach.
        var webinars = await db.Webinars.AsNoTracking().OfTheCommunity().Where(w => w.CancelledAt == null)
            .Select(w => new
            {
                w.Title,
                w.StartsAt,
                Registered = db.WebinarRegistrations.Count(r => r.WebinarId == w.Id && r.Status == RegistrationStatus.Registered),
                Attended = db.WebinarRegistrations.Count(r => r.WebinarId == w.Id && r.Attended == true),
            })
            .ToListAsync(cancellationToken);

        var practices = await db.Practices.AsNoTracking().Where(p => p.FirstPublishedAt != null).Select(p => p.FirstPublishedAt!.Value).ToListAsync(cancellationToken);
        var versions = await db.SynthesisVersions.AsNoTracking().Where(v => v.Number == 1).Select(v => v.FinalisedAt).ToListAsync(cancellationToken);

        // Organisations approved by the period's end, as the directory counted them then.
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.Status == OrganisationStatus.Approved)
            .Select(o => new { o.Kind, o.Region, o.DecidedAt }).ToListAsync(cancellationToken);
        organisations = organisations.Where(o => o.DecidedAt is null || o.DecidedAt < end).ToList();
        var (firstDay, lastDay) = (period.From, period.To);
        var groups = await db.Set<WorkingGroup>().AsNoTracking().Where(g => g.StartsOn <= lastDay && g.EndsOn >= firstDay)
            .OrderBy(g => g.StartsOn).ThenBy(g => g.Name)
            .Select(g => new GroupImpact(g.Name, g.StartsOn, g.EndsOn, g.Members.Count(m => m.Status == GroupMemberStatus.Appointed)))
            .ToListAsync(cancellationToken);
        var statements = await db.Set<Statement>().AsNoTracking().Where(s => s.PublishedAt != null)
            .Select(s => new { s.Title, PublishedAt = s.PublishedAt!.Value, Signatures = s.Signatures.Count }).ToListAsync(cancellationToken);

        return new ImpactFigures(
            period,
            members.Count,
            members.Count(m => m.JoinedAt >= start),
            members.GroupBy(m => m.Category).Select(g => (g.Key, g.Count())).OrderBy(g => g.Key).ToList(),
            members.GroupBy(m => CountryCatalog.Find(m.CountryCode)?.Region).Select(g => (g.Key, g.Count())).OrderBy(g => g.Key ?? (WhoRegion)99).ToList(),
            debates.Select(d => posts.FirstOrDefault(p => p.DebateId == d.Id) is { } counted
                ? new DebateImpact(d.Title, d.OpensAt, d.ClosesAt, counted.Participants, counted.Posts)
                : new DebateImpact(d.Title, d.OpensAt, d.ClosesAt, 0, 0)).ToList(),
            webinars.Where(w => w.StartsAt >= start && w.StartsAt < end).OrderBy(w => w.StartsAt).Select(w => new WebinarImpact(w.Title, w.StartsAt, w.Registered, w.Attended)).ToList(),
            practices.Count(at => at >= start && at < end),
            versions.Count(at => at >= start && at < end),
            organisations.GroupBy(o => o.Kind).Select(g => (g.Key, g.Count())).OrderBy(g => g.Key).ToList(),
            organisations.GroupBy(o => o.Region).Select(g => (g.Key, g.Count())).OrderBy(g => g.Key).ToList(),
            groups,
            statements.Where(s => s.PublishedAt >= start && s.PublishedAt < end).OrderBy(s => s.PublishedAt)
                .Select(s => new StatementImpact(s.Title, s.PublishedAt, s.Signatures)).ToList());
    }

    /// <summary>The figures as CSV rows (section, item, value), formula-safe; data for spreadsheets, so in English whatever the reader's language.</summary>
    public static async Task WriteCsvAsync(ImpactFigures figures, Stream output, CancellationToken cancellationToken = default)
    {
        await using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(false), leaveOpen: true);
        var csv = new Formats.CsvText();
        Task Row(string section, string item, object value, object? extra = null)
        {
            csv.Value(section);
            csv.Text(item);
            csv.Value(value);
            csv.Value(extra);
            csv.EndRow();
            return Task.CompletedTask;
        }
        await Row("section", "item", "value", "detail");
        await Row("period", "from", figures.Period.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Row("period", "to", figures.Period.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Row("members", "total", figures.Members);
        await Row("members", "joined in period", figures.NewMembers);
        foreach (var (category, count) in figures.MembersByCategory)
        {
            await Row("members by category", SynthesisText.English.Category(category), count);
        }
        foreach (var (region, count) in figures.MembersByRegion)
        {
            await Row("members by WHO region", region is { } r ? SynthesisText.English.Region(r) : SynthesisText.English.Unknown, count);
        }
        foreach (var debate in figures.Debates)
        {
            await Row("debate participants", debate.Title, debate.Participants, debate.OpensAt.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            await Row("debate posts", debate.Title, debate.Posts);
        }
        foreach (var webinar in figures.Webinars)
        {
            await Row("webinar registrations", webinar.Title, webinar.Registered, webinar.StartsAt.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            await Row("webinar attendance", webinar.Title, webinar.Attended);
        }
        await Row("practices", "published", figures.PracticesPublished);
        await Row("syntheses", "finalised", figures.SynthesesFinalised);
        foreach (var (kind, count) in figures.OrganisationsByKind)
        {
            await Row("organisations by kind", kind.ToString(), count);
        }
        foreach (var (region, count) in figures.OrganisationsByRegion)
        {
            await Row("organisations by WHO region", SynthesisText.English.Region(region), count);
        }
        foreach (var group in figures.WorkingGroups)
        {
            await Row("working groups active", group.Name, group.Members, group.StartsOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " to " + group.EndsOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        foreach (var statement in figures.Statements)
        {
            await Row("statement signatures", statement.Title, statement.Signatures, statement.PublishedAt.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        await csv.DrainAsync(writer, cancellationToken);
    }
}
