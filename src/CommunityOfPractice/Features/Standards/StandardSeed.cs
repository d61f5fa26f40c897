using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Setup;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Standards;

/// <summary>
/// The demo's standards (<c>standards</c> in <c>samples/demo/community.json</c>), idempotent by title, played on a clock set in
/// the past: the drafter creates the standard a week before its first round, opens each round a week before its window, the
/// members propose, support and comment inside it, the round's opening and closing run through the transitions the jobs run,
/// the drafter answers after it closes and publishes the next version; the endorsement window is opened now.
/// </summary>
internal sealed class StandardSeed(CommunityDbContext db, IServiceProvider services) : DemoSeed<DemoStandard>(services, "standards", order: 50)
{
    /// <summary>How far apart a round's contributions are, from its opening; each proposal's supporters follow an hour later.</summary>
    private static readonly TimeSpan ContributionStep = TimeSpan.FromHours(7);

    protected override Task<bool> SkipsAsync(DemoStandard demo, CancellationToken cancellationToken) =>
        db.StandardDocuments.AnyAsync(d => d.Title == demo.Title, cancellationToken);

    protected override async Task AddAsync(DemoStandard demo, DemoSeedContext context, CancellationToken cancellationToken)
    {
        var now = context.Now;
        var drafter = await ActorAsync(demo.DrafterEmail);
        var rounds = demo.Versions.Where(v => v.Round is not null).Select(v => now.AddDays(v.Round!.OpensInDays).AddDays(-8)).ToList();
        var clock = new SeedClock(rounds.Count > 0 && rounds.Min() < now ? rounds.Min() : now);
        int? translationOf = demo.TranslationOf is { } original ? await db.StandardDocuments.Where(d => d.Title == original).Select(d => (int?)d.Id).SingleOrDefaultAsync(cancellationToken) : null;
        var document = Check(await On<CreateStandard>(clock).HandleAsync(drafter, new StandardCommand
        {
            Title = demo.Title, Summary = demo.Summary, Language = demo.Language, Body = demo.Versions[0].Body, TranslationOfId = translationOf,
        }, cancellationToken), demo.Title);
        foreach (var (item, index) in demo.Versions.Select((v, i) => (v, i)))
        {
            var version = Check(await On<PublishStandardVersion>(clock).HandleAsync(drafter, document.Id, index == 0 ? null : item.Body, cancellationToken), $"{demo.Title} v{index + 1}");
            if (item.Round is { } round)
            {
                await HoldRoundAsync(clock, drafter, version, round, now, cancellationToken);
            }
        }
        if (demo.Endorsement is { } window)
        {
            clock.Now = now;
            Check(await On<OpenEndorsement>(clock).HandleAsync(drafter, document.Id, now.AddDays(window.OpensInDays), now.AddDays(window.OpensInDays + window.LastsDays), cancellationToken), $"{demo.Title} endorsement");
            foreach (var item in window.Endorsements)
            {
                var representative = await MemberAsync(item.RepresentativeEmail);
                var endorsement = Check(await On<EndorseStandard>(clock).HandleAsync(representative.Id, new EndorsementCommand(document.Id, item.Organisation, item.CountryCode, item.Role), cancellationToken), item.Organisation);
                if (item.Confirmed)
                {
                    Check(await On<ConfirmEndorsement>(clock).HandleAsync(drafter, endorsement.Id, cancellationToken), item.Organisation);
                }
            }
        }
    }

    /// <summary>A round on <paramref name="version"/>, played up to now: leaves <paramref name="clock"/> after its answers if it has closed.</summary>
    private async Task HoldRoundAsync(SeedClock clock, Actor drafter, StandardVersion version, DemoRound demo, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var opensAt = now.AddDays(demo.OpensInDays);
        var closesAt = opensAt.AddDays(demo.LastsDays);
        clock.Now = Latest(clock.Now, Earliest(now, opensAt.AddDays(-7)));
        var round = Check(await On<OpenConsultationRound>(clock).HandleAsync(drafter, new RoundCommand
        {
            VersionId = version.Id, OpensLocal = opensAt.UtcDateTime, ClosesLocal = closesAt.UtcDateTime, TimeZoneId = "UTC", GuidingQuestions = demo.Questions,
        }, cancellationToken), $"the round on v{version.Number}");
        if (opensAt > now)
        {
            return;
        }
        await At<RoundTransitions>(clock, opensAt).ApplyAsync(round.Id, cancellationToken);
        var keys = await db.StandardParagraphs.Where(p => p.VersionId == version.Id).ToDictionaryAsync(p => p.Number, p => p.Key, cancellationToken);
        var answers = new List<(long ProposalId, DemoContribution Demo)>();
        foreach (var (item, index) in demo.Contributions.Select((c, i) => (c, i)))
        {
            clock.Now = opensAt + (ContributionStep * (index + 1));
            var author = await MemberAsync(item.AuthorEmail);
            var command = new ContributionCommand(round.Id, keys.GetValueOrDefault(item.Paragraph) ?? throw new InvalidOperationException($"The demo standard has no paragraph {item.Paragraph}."),
                item.Text, item.Reason, item.Consent);
            if (!item.Proposal)
            {
                Check(await On<CommentOnParagraph>(clock).HandleAsync(author.Id, command, cancellationToken), $"the comment of {item.AuthorEmail}");
                continue;
            }
            var proposal = Check(await On<ProposeWording>(clock).HandleAsync(author.Id, command, cancellationToken), $"the proposal of {item.AuthorEmail}");
            clock.Now += TimeSpan.FromHours(1);
            foreach (var email in item.Supporters ?? [])
            {
                Check(await On<SupportProposal>(clock).HandleAsync((await MemberAsync(email)).Id, proposal.Id, cancellationToken), $"the support of {email}");
            }
            if (item.Answer is not null)
            {
                answers.Add((proposal.Id, item));
            }
        }
        if (closesAt > now)
        {
            return;
        }
        await At<RoundTransitions>(clock, closesAt).ApplyAsync(round.Id, cancellationToken);
        clock.Now = Earliest(now, closesAt.AddDays(1));
        foreach (var (proposalId, item) in answers)
        {
            Check(await On<AnswerProposal>(clock).HandleAsync(drafter, new AnswerCommand(proposalId, item.Answer, item.AnswerReason), cancellationToken), $"the answer to {item.AuthorEmail}");
        }
    }

    private static DateTimeOffset Earliest(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Latest(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
