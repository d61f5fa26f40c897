using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Content;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Standards;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.Testing;

/// <summary>
/// A standard through its whole public life, through the core's use cases where the clock allows: version 1, a closed
/// round with one quotable and one unquotable proposal (both answered) and a comment, version 2, an endorsement window
/// with one confirmed and one unconfirmed endorsement, and a French translation. Beside it, what must never be public:
/// a draft, and a standard whose round is still open.
/// </summary>
public static class StandardSetup
{
    public const string Body = """
        # Involvement

        People living with NCDs take part in every decision that concerns them.

        Organisations pay people for their time and expertise.

        # Accessibility

        Meetings are held in accessible places and at accessible times.
        """;

    public const string SecondBody = """
        # Involvement

        People living with NCDs take part in every decision that concerns them, from the start.

        Organisations pay people for their time and expertise.

        # Accessibility

        Meetings are held in accessible places and at accessible times.

        Documents are written in plain language.
        """;

    public sealed record Scenario(string Tag, StandardDocument Document, StandardDocument French, TestPerson Drafter, TestPerson Named, TestPerson Refusing,
        string NamedProposal, string SecretProposal, string ConfirmedOrganisation, string UnconfirmedOrganisation, StandardDocument Draft,
        StandardDocument OpenRound, string OpenRoundProposal);

    private static Actor ActorOf(TestPerson person) => new(person.Id, person.DisplayName);

    private static void Ok(IReadOnlyList<FieldError> errors, string what) =>
        Assert.True(errors.Count == 0, $"{what}: {string.Join(" ", errors.Select(e => e.Message))}");

    public static async Task<Scenario> CreateAsync(CommunityAppFactory app)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var drafter = await SynthesisSetup.CoordinatorAsync(app);
        var named = await app.CreatePersonAsync("Named Proposer", Roles.Member);
        var refusing = await app.CreatePersonAsync("Private Proposer", Roles.Member);
        var commenter = await app.CreatePersonAsync("Living Commenter", Roles.Member);
        var representative = await app.CreatePersonAsync("Organisation Representative", Roles.Member);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CommunityDbContext>();
        var markdown = services.GetRequiredService<MarkdownRenderer>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        await db.Users.Where(u => u.Id == commenter.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.Category, StakeholderCategory.PersonLivingWithNcd));

        var document = await PublishedAsync(services, drafter, $"Meaningful involvement {tag}", "en", Body, null);
        var version1 = await db.StandardVersions.AsNoTracking().SingleAsync(v => v.DocumentId == document.Id);
        // The round is written as it stands after closing: a test cannot wait a week for the clock.
        var round = new ConsultationRound
        {
            VersionId = version1.Id, OpensAt = now.AddDays(-8), ClosesAt = now.AddDays(-1), GuidingQuestions = "What is missing?",
            CreatedById = drafter.Id, CreatedAt = now.AddDays(-9),
        };
        db.ConsultationRounds.Add(round);
        await db.SaveChangesAsync();
        var paragraphs = await db.StandardParagraphs.AsNoTracking().Where(p => p.VersionId == version1.Id).OrderBy(p => p.Order).ToListAsync();
        var namedText = $"People living with NCDs take part in every decision that concerns them, from the start. Named {tag}";
        var secretText = $"SECRET-unquoted-wording {tag}";
        StandardProposal Proposal(TestPerson author, StandardParagraph paragraph, string text, QuotingConsent consent) => new()
        {
            RoundId = round.Id, ParagraphId = paragraph.Id, AuthorId = author.Id, ProposedText = text, ProposedHtml = markdown.ToSafeHtml(text),
            Reason = $"Reason {tag}", ReasonHtml = markdown.ToSafeHtml($"Reason {tag}"), Consent = consent, CreatedAt = now.AddDays(-5), SupportCount = 1,
        };
        var quotable = Proposal(named, paragraphs[0], namedText, QuotingConsent.QuoteWithName);
        var secret = Proposal(refusing, paragraphs[1], secretText, QuotingConsent.DoNotQuote);
        db.StandardProposals.AddRange(quotable, secret);
        db.StandardComments.Add(new StandardComment
        {
            RoundId = round.Id, ParagraphId = paragraphs[2].Id, AuthorId = commenter.Id, Markdown = "Add plain language.", Html = "<p>Add plain language.</p>",
            Consent = QuotingConsent.QuoteAnonymously, Status = StandardCommentStatus.Published, CreatedAt = now.AddDays(-4),
        });
        await db.SaveChangesAsync();

        var answer = services.GetRequiredService<AnswerProposal>();
        Ok((await answer.HandleAsync(ActorOf(drafter), new AnswerCommand(quotable.Id, ProposalAnswer.Accepted, $"Accepted answer {tag}"))).Errors, "Answering");
        Ok((await answer.HandleAsync(ActorOf(drafter), new AnswerCommand(secret.Id, ProposalAnswer.Declined, $"Declined answer {tag}"))).Errors, "Answering");
        var (_, v2Errors) = await services.GetRequiredService<PublishStandardVersion>().HandleAsync(ActorOf(drafter), document.Id, SecondBody);
        Ok(v2Errors, "Publishing version 2");
        var (_, openErrors) = await services.GetRequiredService<OpenEndorsement>().HandleAsync(ActorOf(drafter), document.Id, now.AddMinutes(-1), now.AddDays(30));
        Ok(openErrors, "Opening the endorsement");
        var endorse = services.GetRequiredService<EndorseStandard>();
        var (confirmed, e1) = await endorse.HandleAsync(representative.Id, new EndorsementCommand(document.Id, $"Confirmed Alliance {tag}", "GH", "Executive director"));
        Ok(e1, "Endorsing");
        var (_, e2) = await endorse.HandleAsync(representative.Id, new EndorsementCommand(document.Id, $"Unconfirmed Network {tag}", "BR", "Chair"));
        Ok(e2, "Endorsing");
        Ok((await services.GetRequiredService<ConfirmEndorsement>().HandleAsync(ActorOf(drafter), confirmed!.Id)).Errors, "Confirming");

        var french = await PublishedAsync(services, drafter, $"Participation significative {tag}", "fr", Body.Replace("Involvement", "Participation"), document.Id);
        var (draft, draftErrors) = await services.GetRequiredService<CreateStandard>().HandleAsync(ActorOf(drafter),
            new StandardCommand { Title = $"Secretdraft {tag}", Summary = "Not yet public.", Language = "en", Body = Body });
        Ok(draftErrors, "Creating the draft");

        var openRound = await PublishedAsync(services, drafter, $"Consulted now {tag}", "en", Body, null);
        var openVersion = await db.StandardVersions.AsNoTracking().SingleAsync(v => v.DocumentId == openRound.Id);
        var live = new ConsultationRound { VersionId = openVersion.Id, OpensAt = now.AddDays(-1), ClosesAt = now.AddDays(6), CreatedById = drafter.Id, CreatedAt = now.AddDays(-2) };
        db.ConsultationRounds.Add(live);
        await db.SaveChangesAsync();
        var openParagraph = await db.StandardParagraphs.AsNoTracking().Where(p => p.VersionId == openVersion.Id).OrderBy(p => p.Order).FirstAsync();
        var liveText = $"SECRET-open-round-wording {tag}";
        var (_, liveErrors) = await services.GetRequiredService<ProposeWording>().HandleAsync(named.Id, new ContributionCommand(live.Id, openParagraph.Key, liveText, "Because.", QuotingConsent.QuoteWithName));
        Ok(liveErrors, "Proposing in the open round");

        return new Scenario(tag, document, french, drafter, named, refusing, namedText, secretText, $"Confirmed Alliance {tag}", $"Unconfirmed Network {tag}", draft!, openRound, liveText);
    }

    private static async Task<StandardDocument> PublishedAsync(IServiceProvider services, TestPerson drafter, string title, string language, string body, int? translationOf)
    {
        var (document, errors) = await services.GetRequiredService<CreateStandard>().HandleAsync(ActorOf(drafter),
            new StandardCommand { Title = title, Summary = $"Summary of {title}.", Language = language, Body = body, TranslationOfId = translationOf });
        Ok(errors, $"Creating {title}");
        var (_, publishErrors) = await services.GetRequiredService<PublishStandardVersion>().HandleAsync(ActorOf(drafter), document!.Id, null);
        Ok(publishErrors, $"Publishing {title}");
        return document;
    }
}
