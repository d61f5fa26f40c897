using System.Text.Json;
using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Membership;

/// <summary>
/// Everything the platform holds about one person (GDPR article 15), as JSON they can download: account, profile,
/// application, posts with their earlier versions, flags they raised, posts they found helpful, debates they follow,
/// webinar registrations and attendance, good practices they submitted, synthesis comments and endorsements, their
/// comments, proposals, supports, flags, suspensions and endorsements in the standards' consultations, the
/// organisations they represent or applied for, the mail
/// the platform wrote to them, and the audit entries about them or by them. README, "Privacy and security", lists it.
/// </summary>
internal sealed class ExportPersonalData(CommunityDbContext db)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public async Task<byte[]?> HandleAsync(string userId, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return null;
        }
        var application = await db.MembershipApplications.AsNoTracking().SingleOrDefaultAsync(a => a.UserId == userId, cancellationToken);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId select r.Name).ToListAsync(cancellationToken);
        var logins = await db.UserLogins.AsNoTracking().Where(l => l.UserId == userId).Select(l => new { l.LoginProvider, l.ProviderDisplayName }).ToListAsync(cancellationToken);
        var passkeys = await db.UserPasskeys.AsNoTracking().Where(p => p.UserId == userId).Select(p => new { p.Data.Name, p.Data.CreatedAt }).ToListAsync(cancellationToken);
        var posts = await db.Posts.AsNoTracking().Where(p => p.AuthorId == userId).OrderBy(p => p.Id)
            .Select(p => new
            {
                p.Id, p.DebateId, debate = p.Debate!.Title, p.ParentId, p.Markdown, status = p.Status.ToString(), consent = p.Consent.ToString(),
                p.CreatedAt, p.EditedAt, editWaitingForModerator = p.PendingMarkdown,
                earlierVersions = db.PostRevisions.Where(r => r.PostId == p.Id).OrderBy(r => r.Id).Select(r => new { r.Markdown, r.ReplacedAt }).ToList(),
            }).ToListAsync(cancellationToken);
        var flags = await db.PostFlags.AsNoTracking().Where(f => f.UserId == userId).OrderBy(f => f.At)
            .Select(f => new { f.PostId, reason = f.Reason.ToString(), f.Note, f.At, f.ResolvedAt }).ToListAsync(cancellationToken);
        var helpful = await db.HelpfulMarks.AsNoTracking().Where(m => m.UserId == userId).OrderBy(m => m.At).Select(m => new { m.PostId, m.At }).ToListAsync(cancellationToken);
        var follows = await db.DebateFollows.AsNoTracking().Where(f => f.UserId == userId).OrderBy(f => f.At).Select(f => new { f.DebateId, f.At }).ToListAsync(cancellationToken);
        var drafts = await db.PostDrafts.AsNoTracking().Where(d => d.UserId == userId).OrderBy(d => d.DebateId)
            .Select(d => new { d.DebateId, d.ParentId, d.Text, d.SavedAt }).ToListAsync(cancellationToken);
        var suspensions = await db.DebateSuspensions.AsNoTracking().Where(s => s.UserId == userId).Select(s => new { s.DebateId, s.Reason, s.At }).ToListAsync(cancellationToken);
        var webinars = await db.WebinarRegistrations.AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.RegisteredAt)
            .Select(r => new { r.WebinarId, webinar = db.Webinars.Where(w => w.Id == r.WebinarId).Select(w => w.Title).FirstOrDefault(), status = r.Status.ToString(), r.RegisteredAt, r.CancelledAt, r.Attended })
            .ToListAsync(cancellationToken);
        var practices = await db.Practices.AsNoTracking().Where(p => p.SubmitterId == userId).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.Content.Title, status = p.Status.ToString(), p.CreatedAt, p.SubmittedAt, p.FirstPublishedAt, p.Content.ContactName, p.Content.ContactEmail, p.Content.ShowContact })
            .ToListAsync(cancellationToken);
        var synthesisComments = await db.SynthesisComments.AsNoTracking().Where(c => c.AuthorId == userId).OrderBy(c => c.At)
            .Select(c => new { c.SynthesisId, section = c.Section.ToString(), c.Text, c.At }).ToListAsync(cancellationToken);
        var endorsements = await db.SynthesisEndorsements.AsNoTracking().Where(e => e.UserId == userId).OrderBy(e => e.At).Select(e => new { e.SynthesisId, e.At }).ToListAsync(cancellationToken);
        var consultations = new
        {
            comments = await db.StandardComments.AsNoTracking().Where(c => c.AuthorId == userId).OrderBy(c => c.Id)
                .Select(c => new { c.Id, c.RoundId, paragraph = c.Paragraph!.Number, c.Markdown, status = c.Status.ToString(), consent = c.Consent.ToString(), c.HiddenReason, c.CreatedAt })
                .ToListAsync(cancellationToken),
            proposals = await db.StandardProposals.AsNoTracking().Where(p => p.AuthorId == userId).OrderBy(p => p.Id)
                .Select(p => new
                {
                    p.Id, p.RoundId, paragraph = p.Paragraph!.Number, p.ProposedText, p.Reason, consent = p.Consent.ToString(), p.SupportCount,
                    answer = p.Answer.HasValue ? p.Answer.Value.ToString() : null, p.AnswerReason, p.HiddenReason, p.CreatedAt,
                }).ToListAsync(cancellationToken),
            proposalsSupported = await db.ProposalSupports.AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.At).Select(s => new { s.ProposalId, s.At }).ToListAsync(cancellationToken),
            flagsRaised = await db.StandardFlags.AsNoTracking().Where(f => f.UserId == userId).OrderBy(f => f.At)
                .Select(f => new { kind = f.Kind.ToString(), f.ContributionId, reason = f.Reason.ToString(), f.Note, f.At, f.ResolvedAt }).ToListAsync(cancellationToken),
            suspensions = await db.RoundSuspensions.AsNoTracking().Where(s => s.UserId == userId).Select(s => new { s.RoundId, s.Reason, s.At }).ToListAsync(cancellationToken),
            endorsementsGiven = await db.StandardEndorsements.AsNoTracking().Where(e => e.EndorsedById == userId).OrderBy(e => e.EndorsedAt)
                .Select(e => new { e.DocumentId, e.Organisation, e.CountryCode, e.SignatoryRole, e.EndorsedAt, e.ConfirmedAt }).ToListAsync(cancellationToken),
        };
        var organisations = await db.OrganisationRepresentatives.AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.AddedAt)
            .Select(r => new { r.OrganisationId, r.Organisation!.Name, r.AddedAt }).ToListAsync(cancellationToken);
        var organisationApplications = await db.Organisations.AsNoTracking().Where(o => o.ApplicantId == userId).OrderBy(o => o.SubmittedAt)
            .Select(o => new { o.Id, o.Name, status = o.Status.ToString(), o.SubmittedAt, o.InformationRequest, o.InformationResponse, o.DecidedAt, o.RejectionReason })
            .ToListAsync(cancellationToken);
        var mail = user.Email is null ? [] : await db.OutboxMails.AsNoTracking().Where(m => m.Recipient == user.Email).OrderBy(m => m.Id)
            .Select(m => new { m.Subject, m.CreatedAt, m.SentAt, m.FailedAt }).ToListAsync(cancellationToken);
        var audit = await db.AuditEntries.AsNoTracking().Where(e => e.SubjectUserId == userId || e.ActorId == userId)
            .OrderBy(e => e.At).Select(e => new { e.At, e.Action, e.ActorName, e.Details }).ToListAsync(cancellationToken);

        var export = new
        {
            account = new { user.Id, user.Email, user.EmailConfirmed, user.PhoneNumber, user.TwoFactorEnabled, roles, logins, passkeys },
            profile = new
            {
                user.DisplayName, user.LegalName, category = user.Category.ToString(), ncdAreas = user.NcdAreas.ToString(),
                user.CountryCode, user.Organisation, user.Bio, user.PreferredLanguage, user.TimeZoneId,
                visibility = new { user.ShowCategory, user.ShowCountry, user.ShowOrganisation },
                notifications = new { user.NotifyDebateOpens, user.NotifyReplies, user.NotifyWebinars, mailFrequency = user.MailFrequency.ToString(), user.LastDigestAt },
                defaultQuotingConsent = user.DefaultQuotingConsent.ToString(), user.JoinedAt,
            },
            application = application is null ? null : new
            {
                application.Motivation, status = application.Status.ToString(), application.SubmittedAt, application.EmailConfirmedAt,
                application.CodeOfConductVersion, application.CodeOfConductAcceptedAt, application.PrivacyNoticeVersion,
                application.PrivacyNoticeAcceptedAt, hasSupportLetter = application.SupportLetterFile is not null,
                application.InformationRequest, application.InformationResponse, application.DecidedAt, application.RejectionReason,
            },
            posts,
            unpostedDrafts = drafts,
            flagsRaised = flags,
            foundHelpful = helpful,
            debatesFollowed = follows,
            debateSuspensions = suspensions,
            webinarRegistrations = webinars,
            goodPractices = practices,
            synthesisComments,
            synthesisEndorsements = endorsements,
            standardConsultations = consultations,
            organisationsRepresented = organisations,
            organisationApplications,
            mailSent = mail,
            auditLog = audit,
        };
        return JsonSerializer.SerializeToUtf8Bytes(export, Json);
    }
}
