using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Setup;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Webinars;

/// <summary>
/// The demo's webinars (<c>webinars</c> in <c>samples/demo/community.json</c>), idempotent by title, played on a clock set in
/// the past: the moderator schedules each two weeks before it starts and, for one already held, records its follow-up the day after.
/// </summary>
internal sealed class WebinarSeed(CommunityDbContext db, IServiceProvider services) : DemoSeed<DemoWebinar>(services, "webinars", order: 30)
{
    private static readonly TimeSpan ScheduledAhead = TimeSpan.FromDays(14);

    protected override Task<bool> SkipsAsync(DemoWebinar demo, CancellationToken cancellationToken) =>
        db.Webinars.AnyAsync(w => w.Title == demo.Title, cancellationToken);

    protected override async Task AddAsync(DemoWebinar demo, DemoSeedContext context, CancellationToken cancellationToken)
    {
        var now = context.Now;
        var startsAt = demo.StartsAt ?? new DateTimeOffset(now.UtcDateTime.Date.AddDays(demo.StartsInDays ?? 1).AddHours(12), TimeSpan.Zero);
        var host = await ActorAsync(demo.ModeratorEmail);
        var debateId = demo.DebateTitle is { } title ? await db.Debates.Where(d => d.Title == title).Select(d => (int?)d.Id).SingleOrDefaultAsync(cancellationToken) : null;
        var clock = new SeedClock(startsAt - ScheduledAhead < now ? startsAt - ScheduledAhead : now);
        var webinar = Check(await On<CreateWebinar>(clock).HandleAsync(host, new WebinarCommand
        {
            Title = demo.Title, Description = demo.Description, Speakers = string.Join('\n', demo.Speakers), StartsLocal = startsAt.UtcDateTime,
            EndsLocal = startsAt.AddMinutes(demo.Minutes).UtcDateTime, TimeZoneId = "UTC", Languages = demo.Languages, AccessibilityNotes = demo.AccessibilityNotes,
            Capacity = demo.Capacity, MeetingUrl = demo.MeetingUrl, DebateId = debateId,
        }, cancellationToken), demo.Title);
        if (demo.RecordingUrl is not null || demo.Summary is not null)
        {
            clock.Now = startsAt.AddDays(1);
            Check(await On<WebinarFollowUp>(clock).RecordAsync(host, webinar.Id, new FollowUpCommand { RecordingUrl = demo.RecordingUrl, Summary = demo.Summary }, cancellationToken), $"{demo.Title}, follow-up");
        }
    }
}
