using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Files;
using CommunityOfPractice.Features.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Membership;

/// <summary>
/// Deletes a person's account (GDPR article 17). Their personal data goes: profile fields (health category, NCD areas,
/// country, time zone, organisation, bio, calendar token), sign-in methods, the earlier versions of their posts and
/// any edit waiting for a moderator, their support letter, the mail addressed to them (outbox rows and .eml files),
/// their webinar seats and waitlist places (the next in line gets the seat), follows, visits and unposted drafts, and the contact
/// details they gave on good practices. The row stays, renamed "Former member", so what they contributed keeps its
/// place and an author; the audit log keeps their id and shows "Former member".
/// </summary>
internal sealed class DeleteAccount(CommunityDbContext db, UserManager<AppUser> users, AuditLog audit, IFileStore files, AccountChanges changes,
    IEnumerable<IAccountDeletion> features, DataFolder data, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(string userId, string? password, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || user.DeletedAt is not null)
        {
            return CommandResult.Failed("", "Your account could not be found.");
        }
        if (await users.HasPasswordAsync(user) && (string.IsNullOrEmpty(password) || !await users.CheckPasswordAsync(user, password)))
        {
            return CommandResult.Failed("Password", "The password is not correct.");
        }

        // First what the features do for the people left (the next in line gets a webinar seat), then the data goes.
        foreach (var feature in features)
        {
            await feature.BeforeDeletingAsync(userId, cancellationToken);
        }

        var email = user.Email;
        var application = await db.MembershipApplications.SingleOrDefaultAsync(a => a.UserId == userId, cancellationToken);
        var letter = application?.SupportLetterFile;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (application is not null)
        {
            application.Motivation = "";
            application.InformationRequest = null;
            application.InformationResponse = null;
            application.SupportLetterFile = null;
        }
        await db.UserLogins.Where(l => l.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.UserTokens.Where(t => t.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.UserClaims.Where(c => c.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.UserRoles.Where(r => r.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.UserPasskeys.Where(p => p.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.WebinarRegistrations.Where(r => r.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.DebateFollows.Where(f => f.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.PostDrafts.Where(d => d.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.DebateVisits.Where(v => v.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.PostRevisions.Where(r => db.Posts.Any(p => p.Id == r.PostId && p.AuthorId == userId)).ExecuteDeleteAsync(cancellationToken);
        await db.Posts.Where(p => p.AuthorId == userId && p.PendingMarkdown != null)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.PendingMarkdown, (string?)null).SetProperty(p => p.PendingHtml, (string?)null).SetProperty(p => p.PendingEditAt, (DateTimeOffset?)null), cancellationToken);
        if (email is not null)
        {
            await db.OutboxMails.Where(m => m.Recipient == email).ExecuteDeleteAsync(cancellationToken);
        }
        await db.AuditEntries.Where(e => e.ActorId == userId).ExecuteUpdateAsync(s => s.SetProperty(e => e.ActorName, MemberCard.FormerMember), cancellationToken);
        await db.AuditEntries.Where(e => e.SubjectUserId == userId).ExecuteUpdateAsync(s => s.SetProperty(e => e.SubjectName, MemberCard.FormerMember), cancellationToken);
        await db.PracticeReviewNotes.Where(n => n.AuthorId == userId).ExecuteUpdateAsync(s => s.SetProperty(n => n.AuthorName, MemberCard.FormerMember), cancellationToken);
        foreach (var practice in await db.Practices.Where(p => p.SubmitterId == userId).ToListAsync(cancellationToken))
        {
            ForgetContact(practice.Content);
            foreach (var revision in await db.PracticeRevisions.Where(r => r.PracticeId == practice.Id).ToListAsync(cancellationToken))
            {
                ForgetContact(revision.Content);
            }
        }

        var placeholder = $"deleted-{user.Id}@invalid";
        user.DisplayName = MemberCard.FormerMember;
        user.LegalName = null;
        user.Email = placeholder;
        user.NormalizedEmail = placeholder.ToUpperInvariant();
        user.UserName = placeholder;
        user.NormalizedUserName = placeholder.ToUpperInvariant();
        user.EmailConfirmed = false;
        user.PasswordHash = null;
        user.PhoneNumber = null;
        user.TwoFactorEnabled = false;
        user.Organisation = null;
        user.Bio = null;
        user.Category = StakeholderCategory.Other;
        user.NcdAreas = NcdAreas.None;
        user.CountryCode = "";
        user.TimeZoneId = "UTC";
        user.CalendarFeedToken = null;
        user.ShowCategory = false;
        user.ShowCountry = false;
        user.ShowOrganisation = false;
        user.NotifyDebateOpens = false;
        user.NotifyReplies = false;
        user.NotifyWebinars = false;
        user.MailFrequency = Mail.MailFrequency.Never;
        user.NextDigestAt = null;
        user.DefaultQuotingConsent = QuotingConsent.DoNotQuote;
        user.DeletedAt = clock.GetUtcNow();
        user.SecurityStamp = Guid.NewGuid().ToString();
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        // Recorded under the name it now has: the log keeps the id, never the name of someone who left.
        audit.Record(new Actor(user.Id, user.DisplayName), "account.deleted", user);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // What was deleted is zeroed in the file (SqliteSecureDelete), but the write-ahead log still holds the pages
            // as they were: copy it into the file and empty it.
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)", CancellationToken.None);
        }
        await changes.RaiseAsync(user.Id);

        if (letter is not null)
        {
            await files.DeleteAsync(SupportLetter.KeyOf(letter), CancellationToken.None);
        }
        if (email is not null)
        {
            await MailFiles.DeleteAddressedToAsync(data, email, CancellationToken.None);
        }
        return CommandResult.Success;
    }

    private static void ForgetContact(Practices.PracticeContent content)
    {
        content.ContactName = null;
        content.ContactEmail = null;
        content.ShowContact = false;
    }
}
