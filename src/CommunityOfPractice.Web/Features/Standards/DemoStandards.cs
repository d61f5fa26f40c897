using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Content;
using CommunityOfPractice.Features.Standards;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Web.Features.Standards;

/// <summary>
/// The demo's standards (<c>standards</c> in <c>samples/demo/community.json</c>), idempotent by title. Versions, answers and
/// endorsements go through the use cases; rounds and their contributions are written as they stand, since a demo cannot
/// wait for a window in the past to open and close.
/// </summary>
internal sealed class DemoStandards(
    CommunityDbContext db, UserManager<AppUser> users, MarkdownRenderer markdown, CreateStandard create, PublishStandardVersion publish, AnswerProposal answer,
    OpenEndorsement openEndorsement, EndorseStandard endorse, ConfirmEndorsement confirm, TimeProvider clock)
{
    public async Task<bool> AddAsync(DemoStandard demo)
    {
        if (await db.StandardDocuments.AnyAsync(d => d.Title == demo.Title))
        {
            return false;
        }
        var now = clock.GetUtcNow();
        var drafterUser = await users.FindByEmailAsync(demo.DrafterEmail) ?? throw new InvalidOperationException($"Demo drafter {demo.DrafterEmail} is not a demo member.");
        var drafter = new Actor(drafterUser.Id, drafterUser.DisplayName);
        int? translationOf = demo.TranslationOf is { } original ? await db.StandardDocuments.Where(d => d.Title == original).Select(d => (int?)d.Id).SingleOrDefaultAsync() : null;
        var (document, errors) = await create.HandleAsync(drafter, new StandardCommand
        {
            Title = demo.Title, Summary = demo.Summary, Language = demo.Language, Body = demo.Versions[0].Body, TranslationOfId = translationOf,
        });
        Check(errors, demo.Title);
        for (var i = 0; i < demo.Versions.Count; i++)
        {
            var (version, publishErrors) = await publish.HandleAsync(drafter, document!.Id, i == 0 ? null : demo.Versions[i].Body);
            Check(publishErrors, $"{demo.Title} v{i + 1}");
            if (demo.Versions[i].Round is { } round)
            {
                await AddRoundAsync(drafter, version!, round, now);
            }
        }
        if (demo.Endorsement is { } window)
        {
            var (_, openErrors) = await openEndorsement.HandleAsync(drafter, document!.Id, now.AddDays(window.OpensInDays), now.AddDays(window.OpensInDays + window.LastsDays));
            Check(openErrors, $"{demo.Title} endorsement");
            foreach (var item in window.Endorsements)
            {
                var representative = await users.FindByEmailAsync(item.RepresentativeEmail) ?? throw new InvalidOperationException($"Demo representative {item.RepresentativeEmail} is not a demo member.");
                var (endorsement, endorseErrors) = await endorse.HandleAsync(representative.Id, new EndorsementCommand(document.Id, item.Organisation, item.CountryCode, item.Role));
                Check(endorseErrors, item.Organisation);
                if (item.Confirmed)
                {
                    Check((await confirm.HandleAsync(drafter, endorsement!.Id)).Errors, item.Organisation);
                }
            }
        }
        return true;
    }

    private async Task AddRoundAsync(Actor drafter, StandardVersion version, DemoRound demo, DateTimeOffset now)
    {
        var round = new ConsultationRound
        {
            VersionId = version.Id, OpensAt = now.AddDays(demo.OpensInDays), ClosesAt = now.AddDays(demo.OpensInDays + demo.LastsDays),
            GuidingQuestions = demo.Questions, CreatedById = drafter.UserId, CreatedAt = now.AddDays(demo.OpensInDays - 1),
        };
        db.ConsultationRounds.Add(round);
        await db.SaveChangesAsync();
        var paragraphs = await db.StandardParagraphs.Where(p => p.VersionId == version.Id).ToDictionaryAsync(p => p.Number);
        var answers = new List<(StandardProposal Proposal, DemoContribution Demo)>();
        var at = round.OpensAt;
        foreach (var item in demo.Contributions)
        {
            at = at.AddHours(7);
            var author = await users.FindByEmailAsync(item.AuthorEmail) ?? throw new InvalidOperationException($"Demo contributor {item.AuthorEmail} is not a demo member.");
            var paragraph = paragraphs.GetValueOrDefault(item.Paragraph) ?? throw new InvalidOperationException($"The demo standard has no paragraph {item.Paragraph}.");
            if (item.Proposal)
            {
                var proposal = new StandardProposal
                {
                    RoundId = round.Id, ParagraphId = paragraph.Id, AuthorId = author.Id, ProposedText = item.Text, ProposedHtml = markdown.ToSafeHtml(item.Text),
                    Reason = item.Reason ?? "", ReasonHtml = markdown.ToSafeHtml(item.Reason ?? ""), Consent = item.Consent, CreatedAt = at,
                };
                db.StandardProposals.Add(proposal);
                await db.SaveChangesAsync();
                foreach (var email in item.Supporters ?? [])
                {
                    var supporter = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"Demo supporter {email} is not a demo member.");
                    db.ProposalSupports.Add(new ProposalSupport { ProposalId = proposal.Id, UserId = supporter.Id, At = at.AddHours(1) });
                    proposal.SupportCount++;
                }
                await db.SaveChangesAsync();
                if (item.Answer is not null)
                {
                    answers.Add((proposal, item));
                }
            }
            else
            {
                db.StandardComments.Add(new StandardComment
                {
                    RoundId = round.Id, ParagraphId = paragraph.Id, AuthorId = author.Id, Markdown = item.Text, Html = markdown.ToSafeHtml(item.Text),
                    Consent = item.Consent, Status = StandardCommentStatus.Published, CreatedAt = at,
                });
                await db.SaveChangesAsync();
            }
        }
        foreach (var (proposal, item) in answers)
        {
            Check((await answer.HandleAsync(drafter, new AnswerCommand(proposal.Id, item.Answer, item.AnswerReason))).Errors, $"the answer to {item.AuthorEmail}");
        }
    }

    private static void Check(IReadOnlyList<FieldError> errors, string what)
    {
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"Demo standard, {what}: " + string.Join(" ", errors.Select(e => string.Format(System.Globalization.CultureInfo.InvariantCulture, e.Message, e.Arguments))));
        }
    }
}
