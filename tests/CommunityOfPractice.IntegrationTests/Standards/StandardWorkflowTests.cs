using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Standards;
using CommunityOfPractice.IntegrationTests.Hosting;
using CommunityOfPractice.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Standards;

/// <summary>The standard's use cases against the real database, on a clock the tests move to the window's instants.</summary>
public sealed class StandardWorkflowTests(ClockedAppFactory app) : IClassFixture<ClockedAppFactory>
{
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);

    /// <summary>Two sections, three paragraphs (1.1, 1.2, 2.1); the pages' tests use it too.</summary>
    internal const string Body = """
        # Involvement

        People living with NCDs take part in every decision that concerns them.

        Organisations pay people for their time and expertise.

        # Accessibility

        Meetings are held in accessible places and at accessible times.
        """;

    private async Task<T> UseAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private Task<T> WithDbAsync<T>(Func<CommunityDbContext, Task<T>> query) => UseAsync(s => query(s.GetRequiredService<CommunityDbContext>()));

    private static Actor ActorOf(TestPerson person) => new(person.Id, person.DisplayName);

    private static string Errors(IEnumerable<FieldError> errors) => string.Join(" ", errors.Select(e => e.Message));

    /// <summary>A published first version with a round that opens in an hour and lasts a week; the clock is left before the opening.</summary>
    private async Task<(StandardDocument Document, ConsultationRound Round, TestPerson Drafter)> RoundAsync(string title)
    {
        _ = app.Server;
        var drafter = await SynthesisSetup.CoordinatorAsync(app);
        var (document, errors) = await UseAsync(s => s.GetRequiredService<CreateStandard>().HandleAsync(ActorOf(drafter),
            new StandardCommand { Title = title, Summary = "How people living with NCDs are involved.", Language = "en", Body = Body }));
        Assert.True(errors.Count == 0, Errors(errors));
        var (version, publishErrors) = await UseAsync(s => s.GetRequiredService<PublishStandardVersion>().HandleAsync(ActorOf(drafter), document!.Id, null));
        Assert.True(publishErrors.Count == 0, Errors(publishErrors));
        var opens = app.Clock.GetUtcNow().AddHours(1);
        var (round, roundErrors) = await UseAsync(s => s.GetRequiredService<OpenConsultationRound>().HandleAsync(ActorOf(drafter), new RoundCommand
        {
            VersionId = version!.Id,
            OpensLocal = opens.UtcDateTime,
            ClosesLocal = opens.AddDays(7).UtcDateTime,
            TimeZoneId = "UTC",
            GuidingQuestions = "What is missing?",
        }));
        Assert.True(roundErrors.Count == 0, Errors(roundErrors));
        // The instants as stored, which is what the use cases compare the clock with.
        var stored = await WithDbAsync(db => db.ConsultationRounds.AsNoTracking().SingleAsync(r => r.Id == round!.Id));
        return (document!, stored, drafter);
    }

    private Task<string> KeyOfAsync(ConsultationRound round, string number) =>
        WithDbAsync(db => db.StandardParagraphs.Where(p => p.VersionId == round.VersionId && p.Number == number).Select(p => p.Key).SingleAsync());

    private Task<CommandResult<StandardProposal>> ProposeAsync(TestPerson member, ConsultationRound round, string key, string text) =>
        UseAsync(s => s.GetRequiredService<ProposeWording>().HandleAsync(member.Id, new ContributionCommand(round.Id, key, text, "Clearer for readers.")));

    /// <summary>Opens the round on the clock and has <paramref name="author"/> propose new wording for paragraph <paramref name="number"/>.</summary>
    private async Task<StandardProposal> ProposalAsync(TestPerson author, ConsultationRound round, string number, string text)
    {
        app.Clock.SetUtcNow(round.OpensAt);
        var (proposal, errors) = await ProposeAsync(author, round, await KeyOfAsync(round, number), text);
        Assert.True(errors.Count == 0, Errors(errors));
        return proposal!;
    }

    [Fact]
    public async Task Creating_a_standard_numbers_its_paragraphs_and_sanitises_them_and_refuses_an_oversized_body()
    {
        _ = app.Server;
        var drafter = await SynthesisSetup.CoordinatorAsync(app);
        var hostile = Body + "\n\n<script>alert(1)</script> [click](javascript:alert(1))";
        var (document, errors) = await UseAsync(s => s.GetRequiredService<CreateStandard>().HandleAsync(ActorOf(drafter),
            new StandardCommand { Title = "Meaningful involvement", Summary = "Summary.", Language = "fr", Body = hostile }));
        Assert.True(errors.Count == 0, Errors(errors));
        var paragraphs = await WithDbAsync(db => db.StandardParagraphs.Where(p => db.StandardVersions.Any(v => v.Id == p.VersionId && v.DocumentId == document!.Id)).OrderBy(p => p.Order).ToListAsync());
        Assert.Equal(["1.1", "1.2", "2.1", "2.2"], paragraphs.Select(p => p.Number));
        Assert.DoesNotContain("<script", paragraphs[^1].Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", paragraphs[^1].Html, StringComparison.OrdinalIgnoreCase);

        var huge = "# One\n\n" + string.Join(' ', Enumerable.Repeat("word", 50_000));
        var (none, hugeErrors) = await UseAsync(s => s.GetRequiredService<CreateStandard>().HandleAsync(ActorOf(drafter),
            new StandardCommand { Title = "Too long to read", Summary = "Summary.", Language = "en", Body = huge }));
        Assert.Null(none);
        Assert.Equal("A standard can have at most {0} words; this one has {1}.", Assert.Single(hugeErrors).Message);
        Assert.False(await WithDbAsync(db => db.StandardDocuments.AnyAsync(d => d.Title == "Too long to read")), "The refused standard should not have been saved.");

        var member = await app.CreatePersonAsync("Not A Drafter", Roles.Member);
        var (byMember, memberErrors) = await UseAsync(s => s.GetRequiredService<CreateStandard>().HandleAsync(ActorOf(member),
            new StandardCommand { Title = "Member's standard", Summary = "Summary.", Language = "en", Body = Body }));
        Assert.Null(byMember);
        Assert.Equal("Only coordinators can draft standards.", Assert.Single(memberErrors).Message);
    }

    [Fact]
    public async Task Contributions_are_taken_from_the_opening_instant_until_one_tick_before_closing()
    {
        var (_, round, _) = await RoundAsync("Window standard");
        var member = await app.CreatePersonAsync("Window Member", Roles.Member);
        var key = await KeyOfAsync(round, "1.1");
        Task<CommandResult<StandardComment>> CommentAsync(string text) =>
            UseAsync(s => s.GetRequiredService<CommentOnParagraph>().HandleAsync(member.Id, new ContributionCommand(round.Id, key, text)));

        app.Clock.SetUtcNow(round.OpensAt - Tick);
        var early = await CommentAsync("Too early.");
        Assert.False(early.Succeeded, "A comment one tick before the opening should be refused.");
        Assert.StartsWith("This consultation opens on", early.Errors[0].Message);
        Assert.False((await ProposeAsync(member, round, key, "Early wording.")).Succeeded, "A proposal one tick before the opening should be refused.");

        app.Clock.SetUtcNow(round.OpensAt);
        var onTime = await CommentAsync("At the opening.");
        Assert.True(onTime.Succeeded, Errors(onTime.Errors));

        app.Clock.SetUtcNow(round.ClosesAt - Tick);
        var lastTick = await ProposeAsync(member, round, key, "People living with NCDs lead every decision that concerns them.");
        Assert.True(lastTick.Succeeded, Errors(lastTick.Errors));

        app.Clock.SetUtcNow(round.ClosesAt);
        var late = await CommentAsync("Too late.");
        Assert.False(late.Succeeded, "A comment at the closing instant should be refused.");
        Assert.StartsWith("This consultation closed on", late.Errors[0].Message);
        Assert.False(await WithDbAsync(db => db.StandardComments.AnyAsync(c => c.RoundId == round.Id && (c.Markdown == "Too late." || c.Markdown == "Too early."))),
            "Refused comments should not have been saved.");
    }

    [Fact]
    public async Task A_proposal_on_a_paragraph_not_in_the_consulted_version_is_refused()
    {
        var (_, round, _) = await RoundAsync("Stale paragraph standard");
        var member = await app.CreatePersonAsync("Stale Member", Roles.Member);
        app.Clock.SetUtcNow(round.OpensAt);
        var result = await ProposeAsync(member, round, "gone00000000", "Some wording.");
        Assert.False(result.Succeeded, "A proposal on a paragraph that is not in the version should be refused.");
        Assert.StartsWith("This paragraph is no longer in the version under consultation.", result.Errors[0].Message);
    }

    [Fact]
    public async Task Supporting_ones_own_proposal_or_twice_is_refused()
    {
        var (_, round, _) = await RoundAsync("Support standard");
        var author = await app.CreatePersonAsync("Proposal Author", Roles.Member);
        var supporter = await app.CreatePersonAsync("Proposal Supporter", Roles.Member);
        var proposal = await ProposalAsync(author, round, "1.2", "Organisations pay people fairly for their time and expertise.");
        Task<CommandResult> SupportAsync(TestPerson who) => UseAsync(s => s.GetRequiredService<SupportProposal>().HandleAsync(who.Id, proposal.Id));

        Assert.Equal("You cannot support your own proposal.", Assert.Single((await SupportAsync(author)).Errors).Message);
        Assert.True((await SupportAsync(supporter)).Succeeded, "A first support by another member should be accepted.");
        Assert.Equal("You already support this proposal.", Assert.Single((await SupportAsync(supporter)).Errors).Message);
        Assert.Equal(1, await WithDbAsync(db => db.StandardProposals.Where(p => p.Id == proposal.Id).Select(p => p.SupportCount).SingleAsync()));
        Assert.Equal(1, await WithDbAsync(db => db.ProposalSupports.CountAsync(s => s.ProposalId == proposal.Id)));
    }

    [Fact]
    public async Task The_next_version_waits_for_every_answer_and_two_drafters_answering_at_once_are_told_who_was_first()
    {
        var (document, round, drafter) = await RoundAsync("Answer standard");
        var second = await SynthesisSetup.CoordinatorAsync(app);
        var member = await app.CreatePersonAsync("Answered Member", Roles.Member);
        var proposal = await ProposalAsync(member, round, "1.2", "Organisations pay people fairly for their time and expertise.");
        Task<CommandResult<StandardProposal>> AnswerAsync(TestPerson who, string reason) => UseAsync(s => s.GetRequiredService<AnswerProposal>()
            .HandleAsync(ActorOf(who), new AnswerCommand(proposal.Id, ProposalAnswer.Accepted, reason)));
        var v2Body = Body.Replace("Organisations pay people for", "Organisations pay people fairly for") + "\n\nSign language interpretation is offered.";
        Task<CommandResult<StandardVersion>> PublishAsync() => UseAsync(s => s.GetRequiredService<PublishStandardVersion>().HandleAsync(ActorOf(drafter), document.Id, v2Body));

        app.Clock.SetUtcNow(round.ClosesAt - Tick);
        Assert.StartsWith("Proposals are answered after the consultation closes", Assert.Single((await AnswerAsync(drafter, "Too soon.")).Errors).Message);
        Assert.StartsWith("The consultation on version {0} closes on", Assert.Single((await PublishAsync()).Errors).Message);

        app.Clock.SetUtcNow(round.ClosesAt);
        var unanswered = await PublishAsync();
        Assert.Equal("Answer every proposal of the consultation before publishing the next version: {0} still have no answer.", Assert.Single(unanswered.Errors).Message);
        Assert.Equal(1, await WithDbAsync(db => db.StandardVersions.CountAsync(v => v.DocumentId == document.Id)));

        var answers = await Task.WhenAll(AnswerAsync(drafter, "First drafter's reason."), AnswerAsync(second, "Second drafter's reason."));
        Assert.Single(answers, a => a.Succeeded);
        Assert.Equal(AnswerProposal.AnsweredFirst, Assert.Single(answers.Single(a => !a.Succeeded).Errors).Message);
        var stored = await WithDbAsync(db => db.StandardProposals.AsNoTracking().SingleAsync(p => p.Id == proposal.Id));
        Assert.Equal(answers.Single(a => a.Succeeded).Value!.AnswerReason, stored.AnswerReason);

        var (v2, errors) = await PublishAsync();
        Assert.True(errors.Count == 0, Errors(errors));
        var numbers = await WithDbAsync(db => db.StandardParagraphs.Where(p => p.VersionId == v2!.Id).OrderBy(p => p.Order).Select(p => new { p.Number, p.Key }).ToListAsync());
        Assert.Equal(["1.1", "1.2", "2.1", "2.2"], numbers.Select(n => n.Number));
        Assert.Equal(await KeyOfAsync(round, "1.2"), numbers[1].Key);
    }

    [Fact]
    public async Task An_answer_is_written_only_where_none_was_even_when_both_drafters_read_it_unanswered()
    {
        var (_, round, drafter) = await RoundAsync("Concurrency standard");
        var member = await app.CreatePersonAsync("Token Member", Roles.Member);
        var proposal = await ProposalAsync(member, round, "2.1", "Meetings are held in accessible places, online and in person.");

        await using var first = app.Services.CreateAsyncScope();
        await using var second = app.Services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var secondDb = second.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var seenByFirst = await firstDb.StandardProposals.SingleAsync(p => p.Id == proposal.Id);
        var seenBySecond = await secondDb.StandardProposals.SingleAsync(p => p.Id == proposal.Id);
        seenByFirst.Answer = ProposalAnswer.Accepted;
        seenByFirst.AnsweredById = drafter.Id;
        await firstDb.SaveChangesAsync();
        seenBySecond.Answer = ProposalAnswer.Declined;
        seenBySecond.AnsweredById = drafter.Id;
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => secondDb.SaveChangesAsync());
        Assert.Equal(ProposalAnswer.Accepted, await WithDbAsync(db => db.StandardProposals.Where(p => p.Id == proposal.Id).Select(p => p.Answer).SingleAsync()));
    }

    [Fact]
    public async Task An_organisation_endorses_the_final_version_once_however_its_name_is_typed()
    {
        var (document, round, drafter) = await RoundAsync("Endorsed standard");
        var representative = await app.CreatePersonAsync("Representative", Roles.Member);
        var colleague = await app.CreatePersonAsync("Colleague", Roles.Member);
        app.Clock.SetUtcNow(round.ClosesAt);
        var now = app.Clock.GetUtcNow();
        var (_, openErrors) = await UseAsync(s => s.GetRequiredService<OpenEndorsement>().HandleAsync(ActorOf(drafter), document.Id, now, now.AddDays(30)));
        Assert.True(openErrors.Count == 0, Errors(openErrors));
        Task<CommandResult<StandardEndorsement>> EndorseAsync(TestPerson who, string organisation) =>
            UseAsync(s => s.GetRequiredService<EndorseStandard>().HandleAsync(who.Id, new EndorsementCommand(document.Id, organisation, "KE", "Executive director")));

        var endorsed = await EndorseAsync(representative, "Kenya NCD Alliance");
        Assert.True(endorsed.Succeeded, Errors(endorsed.Errors));
        Assert.Equal(EndorseStandard.AlreadyEndorsed, Assert.Single((await EndorseAsync(colleague, "  kenya ncd  ALLIANCE. ")).Errors).Message);
        Assert.False(endorsed.Value!.IsConfirmed, "An endorsement should wait for a coordinator.");
        var confirmed = await UseAsync(s => s.GetRequiredService<ConfirmEndorsement>().HandleAsync(ActorOf(drafter), endorsed.Value.Id));
        Assert.True(confirmed.Succeeded, Errors(confirmed.Errors));
        Assert.Equal(1, await WithDbAsync(db => db.StandardEndorsements.CountAsync(e => e.DocumentId == document.Id && e.ConfirmedAt != null)));
    }

    [Fact]
    public async Task The_round_figures_count_a_member_who_asked_not_to_be_quoted_without_quoting_them()
    {
        var (_, round, _) = await RoundAsync("Figures standard");
        var named = await app.CreatePersonAsync("Quoted Member", Roles.Member);
        var quiet = await app.CreatePersonAsync("Quiet Member", Roles.Member);
        app.Clock.SetUtcNow(round.OpensAt);
        var key = await KeyOfAsync(round, "1.1");
        await UseAsync(s => s.GetRequiredService<CommentOnParagraph>().HandleAsync(named.Id, new ContributionCommand(round.Id, key, "Quote me.", Consent: QuotingConsent.QuoteWithName)));
        var secret = await UseAsync(s => s.GetRequiredService<CommentOnParagraph>().HandleAsync(quiet.Id, new ContributionCommand(round.Id, key, "Do not quote me.", Consent: QuotingConsent.DoNotQuote)));
        Assert.True(secret.Succeeded, Errors(secret.Errors));

        var figures = await UseAsync(s => s.GetRequiredService<RoundReport>().FiguresAsync(round.Id));
        Assert.Equal((2, 2), (figures.Comments, figures.Participants));
        Assert.Equal("Quote me.", Assert.Single(figures.Quotable).Text);
        Assert.Contains(figures.ByRegion, r => r.Key == "Africa" && r.Participants == 2);
    }
}
