using System.Text.Json;
using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Membership;

/// <summary>Everything the platform holds about one person, as JSON they can download.</summary>
public sealed class ExportPersonalData(CommunityDbContext db)
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
                notifications = new { user.NotifyDebateOpens, user.NotifyReplies, user.NotifyWebinars },
                defaultQuotingConsent = user.DefaultQuotingConsent.ToString(), user.JoinedAt,
            },
            application = application is null ? null : new
            {
                application.Motivation, status = application.Status.ToString(), application.SubmittedAt, application.EmailConfirmedAt,
                application.CodeOfConductVersion, application.CodeOfConductAcceptedAt, application.PrivacyNoticeVersion,
                application.PrivacyNoticeAcceptedAt, hasSupportLetter = application.SupportLetterFile is not null,
                application.InformationRequest, application.InformationResponse, application.DecidedAt, application.RejectionReason,
            },
            auditLog = audit,
        };
        return JsonSerializer.SerializeToUtf8Bytes(export, Json);
    }
}
