using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Mail;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Practices;
using CommunityOfPractice.Features.Setup;
using CommunityOfPractice.Features.Syntheses;
using CommunityOfPractice.Features.Webinars;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CommunityOfPractice.Data;

public class CommunityDbContext(DbContextOptions<CommunityDbContext> options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<MembershipApplication> MembershipApplications => Set<MembershipApplication>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Debate> Debates => Set<Debate>();
    public DbSet<GuidingQuestion> GuidingQuestions => Set<GuidingQuestion>();
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<PostRevision> PostRevisions => Set<PostRevision>();
    public DbSet<HelpfulMark> HelpfulMarks => Set<HelpfulMark>();
    public DbSet<PostFlag> PostFlags => Set<PostFlag>();
    public DbSet<DebateSuspension> DebateSuspensions => Set<DebateSuspension>();
    public DbSet<DebateVisit> DebateVisits => Set<DebateVisit>();
    public DbSet<DebateFollow> DebateFollows => Set<DebateFollow>();
    public DbSet<Practice> Practices => Set<Practice>();
    public DbSet<PracticeRevision> PracticeRevisions => Set<PracticeRevision>();
    public DbSet<PracticeReviewNote> PracticeReviewNotes => Set<PracticeReviewNote>();
    public DbSet<PracticeTheme> PracticeThemes => Set<PracticeTheme>();
    public DbSet<PracticeAttachment> PracticeAttachments => Set<PracticeAttachment>();
    public DbSet<Webinar> Webinars => Set<Webinar>();
    public DbSet<WebinarRegistration> WebinarRegistrations => Set<WebinarRegistration>();
    public DbSet<Synthesis> Syntheses => Set<Synthesis>();
    public DbSet<SynthesisVersion> SynthesisVersions => Set<SynthesisVersion>();
    public DbSet<SynthesisComment> SynthesisComments => Set<SynthesisComment>();
    public DbSet<SynthesisEndorsement> SynthesisEndorsements => Set<SynthesisEndorsement>();
    public DbSet<SynthesisExport> SynthesisExports => Set<SynthesisExport>();
    public DbSet<IssuedSetupToken> SetupTokens => Set<IssuedSetupToken>();
    public DbSet<OutboxMail> OutboxMails => Set<OutboxMail>();

    /// <summary>A mail was put in the outbox inside a transaction: its sending is asked for once that commits.</summary>
    internal bool OutboxWaitsForCommit { get; set; }

    // Version 3 adds the passkeys table; pinning it here keeps design-time and run-time models identical.
    protected override Version SchemaVersion => IdentitySchemaVersions.Version3;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset columns; every instant is UTC, so store ticks,
        // which sort and compare correctly as integers.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
        else if (Database.IsNpgsql())
        {
            // timestamptz takes UTC only: an instant in a person's time zone (a calendar month, a form's local time)
            // is the same instant in UTC, in values and in query parameters alike.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<AppUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(80);
            user.Property(u => u.LegalName).HasMaxLength(160);
            user.Property(u => u.CountryCode).HasMaxLength(2);
            user.Property(u => u.Organisation).HasMaxLength(200);
            user.Property(u => u.Bio).HasMaxLength(4000);
            user.Property(u => u.PreferredLanguage).HasMaxLength(8);
            user.Property(u => u.TimeZoneId).HasMaxLength(64);
            user.Property(u => u.Category).HasConversion<string>().HasMaxLength(40);
            user.Property(u => u.DefaultQuotingConsent).HasConversion<string>().HasMaxLength(40);
            user.Property(u => u.CalendarFeedToken).HasMaxLength(64);
            user.HasIndex(u => u.CalendarFeedToken).IsUnique();
        });

        builder.Entity<MembershipApplication>(application =>
        {
            application.HasOne(a => a.User).WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
            application.HasIndex(a => a.UserId).IsUnique();
            application.HasIndex(a => a.Status);
            // Two moderators deciding at once: the second save finds the status changed and is refused.
            application.Property(a => a.Status).HasConversion<string>().HasMaxLength(40).IsConcurrencyToken();
            application.Property(a => a.Motivation).HasMaxLength(4000);
            application.Property(a => a.InformationRequest).HasMaxLength(4000);
            application.Property(a => a.InformationResponse).HasMaxLength(4000);
            application.Property(a => a.RejectionReason).HasMaxLength(4000);
            application.Property(a => a.CodeOfConductVersion).HasMaxLength(20);
            application.Property(a => a.PrivacyNoticeVersion).HasMaxLength(20);
            application.Property(a => a.SupportLetterFile).HasMaxLength(100);
        });

        builder.Entity<IssuedSetupToken>(token =>
        {
            token.Property(t => t.Hash).HasMaxLength(64);
            token.HasIndex(t => t.Hash).IsUnique();
        });

        builder.Entity<OutboxMail>(mail =>
        {
            mail.Property(m => m.Recipient).HasMaxLength(320);
            mail.Property(m => m.Subject).HasMaxLength(400);
            mail.Property(m => m.Purpose).HasMaxLength(40);
            mail.Property(m => m.LastError).HasMaxLength(2000);
            mail.HasIndex(m => new { m.SentAt, m.FailedAt, m.NextAttemptAt });
            mail.HasIndex(m => m.Recipient);
        });

        builder.Entity<AuditEntry>(entry =>
        {
            entry.HasIndex(e => e.At);
            entry.HasIndex(e => e.Action);
            entry.Property(e => e.Action).HasMaxLength(60);
            entry.Property(e => e.ActorName).HasMaxLength(80);
            entry.Property(e => e.SubjectName).HasMaxLength(80);
            entry.Property(e => e.Details).HasMaxLength(4000);
        });
    
        builder.Entity<Debate>(debate =>
        {
            debate.Property(d => d.Title).HasMaxLength(200);
            debate.Property(d => d.Summary).HasMaxLength(1000);
            debate.Property(d => d.Context).HasMaxLength(20_000);
            debate.Property(d => d.WindowChangeReason).HasMaxLength(1000);
            debate.Property(d => d.ModerationMode).HasConversion<string>().HasMaxLength(40);
            debate.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById).OnDelete(DeleteBehavior.Restrict);
            debate.HasMany(d => d.Questions).WithOne().HasForeignKey(q => q.DebateId).OnDelete(DeleteBehavior.Cascade);
            debate.HasIndex(d => d.OpensAt);
            debate.HasIndex(d => d.ClosesAt);
        });
        builder.Entity<GuidingQuestion>(question => question.Property(q => q.Text).HasMaxLength(1000));

        builder.Entity<Post>(post =>
        {
            post.HasOne(p => p.Debate).WithMany().HasForeignKey(p => p.DebateId).OnDelete(DeleteBehavior.Cascade);
            post.HasOne(p => p.Author).WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Restrict);
            post.HasOne<Post>().WithMany().HasForeignKey(p => p.ParentId).OnDelete(DeleteBehavior.Restrict);
            post.HasOne<GuidingQuestion>().WithMany().HasForeignKey(p => p.QuestionId).OnDelete(DeleteBehavior.SetNull);
            post.HasMany(p => p.Revisions).WithOne().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
            post.Property(p => p.Markdown).HasMaxLength(Post.MaxLength);
            post.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            post.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
            post.Property(p => p.Consent).HasConversion<string>().HasMaxLength(40);
            post.Property(p => p.HiddenReason).HasMaxLength(1000);
            post.Property(p => p.ClientRequestId).HasMaxLength(64);
            post.HasIndex(p => new { p.DebateId, p.Id });
            post.HasIndex(p => new { p.AuthorId, p.CreatedAt });
            // A retried post with the same client request id lands once, even when two retries race.
            post.HasIndex(p => new { p.AuthorId, p.ClientRequestId }).IsUnique();
        });
        builder.Entity<PostRevision>(revision => revision.Property(r => r.Markdown).HasMaxLength(Post.MaxLength));
        builder.Entity<HelpfulMark>(mark => mark.HasKey(m => new { m.PostId, m.UserId }));
        builder.Entity<PostFlag>(flag =>
        {
            flag.Property(f => f.Reason).HasConversion<string>().HasMaxLength(40);
            flag.Property(f => f.Note).HasMaxLength(1000);
            flag.HasIndex(f => new { f.PostId, f.UserId });
        });
        builder.Entity<DebateSuspension>(suspension =>
        {
            suspension.HasKey(s => new { s.DebateId, s.UserId });
            suspension.Property(s => s.Reason).HasMaxLength(1000);
        });
        builder.Entity<DebateVisit>(visit => visit.HasKey(v => new { v.DebateId, v.UserId }));
        builder.Entity<DebateFollow>(follow =>
        {
            follow.HasKey(f => new { f.DebateId, f.UserId });
            follow.HasOne<Debate>().WithMany().HasForeignKey(f => f.DebateId).OnDelete(DeleteBehavior.Cascade);
            follow.HasOne<AppUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
            follow.HasIndex(f => f.UserId);
        });

        builder.Entity<Webinar>(webinar =>
        {
            webinar.Property(w => w.Title).HasMaxLength(200);
            webinar.Property(w => w.Description).HasMaxLength(20_000);
            webinar.Property(w => w.Languages).HasMaxLength(200);
            webinar.Property(w => w.AccessibilityNotes).HasMaxLength(1000);
            webinar.Property(w => w.MeetingUrl).HasMaxLength(2000);
            webinar.Property(w => w.CancellationReason).HasMaxLength(1000);
            webinar.Property(w => w.RecordingUrl).HasMaxLength(2000);
            webinar.Property(w => w.SlidesUrl).HasMaxLength(2000);
            webinar.Property(w => w.Summary).HasMaxLength(20_000);
            webinar.HasOne<Debate>().WithMany().HasForeignKey(w => w.DebateId).OnDelete(DeleteBehavior.SetNull);
            webinar.HasOne<AppUser>().WithMany().HasForeignKey(w => w.CreatedById).OnDelete(DeleteBehavior.Restrict);
            webinar.HasMany(w => w.Speakers).WithOne().HasForeignKey(s => s.WebinarId).OnDelete(DeleteBehavior.Cascade);
            webinar.HasIndex(w => w.StartsAt);
        });
        builder.Entity<WebinarSpeaker>(speaker =>
        {
            speaker.Property(s => s.Name).HasMaxLength(120);
            speaker.Property(s => s.Role).HasMaxLength(1000);
            speaker.Property(s => s.Bio).HasMaxLength(1000);
        });
        builder.Entity<WebinarRegistration>(registration =>
        {
            registration.HasOne<Webinar>().WithMany().HasForeignKey(r => r.WebinarId).OnDelete(DeleteBehavior.Cascade);
            registration.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
            registration.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            // One registration per member and webinar, whatever races.
            registration.HasIndex(r => new { r.WebinarId, r.UserId }).IsUnique();
            registration.HasIndex(r => new { r.WebinarId, r.Status });
        });

        builder.Entity<Practice>(practice =>
        {
            practice.Property(p => p.Slug).HasMaxLength(120);
            practice.HasIndex(p => p.Slug).IsUnique();
            practice.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            practice.HasIndex(p => p.Status);
            practice.HasIndex(p => p.SubmitterId);
            practice.HasOne<AppUser>().WithMany().HasForeignKey(p => p.SubmitterId).OnDelete(DeleteBehavior.Restrict);
            practice.OwnsOne(p => p.Content, ConfigureContent);
        });
        builder.Entity<PracticeRevision>(revision =>
        {
            revision.HasOne<Practice>().WithMany().HasForeignKey(r => r.PracticeId).OnDelete(DeleteBehavior.Cascade);
            revision.HasIndex(r => new { r.PracticeId, r.Number }).IsUnique();
            revision.OwnsOne(r => r.Content, ConfigureContent);
        });
        builder.Entity<PracticeReviewNote>(note =>
        {
            note.HasOne<Practice>().WithMany().HasForeignKey(n => n.PracticeId).OnDelete(DeleteBehavior.Cascade);
            note.Property(n => n.AuthorName).HasMaxLength(80);
            note.Property(n => n.Action).HasConversion<string>().HasMaxLength(20);
            note.Property(n => n.Text).HasMaxLength(4000);
            note.HasIndex(n => n.PracticeId);
        });
        builder.Entity<PracticeTheme>(theme =>
        {
            theme.Property(t => t.NameEn).HasMaxLength(80);
            theme.Property(t => t.NameFr).HasMaxLength(80);
            theme.Property(t => t.NameEs).HasMaxLength(80);
        });
        builder.Entity<PracticeAttachment>(attachment =>
        {
            attachment.HasOne<Practice>().WithMany().HasForeignKey(a => a.PracticeId).OnDelete(DeleteBehavior.Cascade);
            attachment.Property(a => a.FileName).HasMaxLength(200);
            attachment.Property(a => a.ContentType).HasMaxLength(40);
            attachment.Property(a => a.StoredName).HasMaxLength(80);
        });

        builder.Entity<Synthesis>(synthesis =>
        {
            synthesis.HasOne(s => s.Debate).WithMany().HasForeignKey(s => s.DebateId).OnDelete(DeleteBehavior.Restrict);
            // One synthesis per debate; two coordinators starting at once get one.
            synthesis.HasIndex(s => s.DebateId).IsUnique();
            synthesis.HasOne<AppUser>().WithMany().HasForeignKey(s => s.CreatedById).OnDelete(DeleteBehavior.Restrict);
            foreach (var section in new[] { nameof(Synthesis.Summary), nameof(Synthesis.Agreements), nameof(Synthesis.Disagreements), nameof(Synthesis.Gaps), nameof(Synthesis.Recommendations) })
            {
                synthesis.Property(section).HasMaxLength(Synthesis.MaxSectionLength);
            }
        });
        builder.Entity<SynthesisVersion>(version =>
        {
            version.HasOne(v => v.Synthesis).WithMany(s => s.Versions).HasForeignKey(v => v.SynthesisId).OnDelete(DeleteBehavior.Cascade);
            version.HasIndex(v => new { v.SynthesisId, v.Number }).IsUnique();
            version.HasOne<AppUser>().WithMany().HasForeignKey(v => v.FinalisedById).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<SynthesisComment>(comment =>
        {
            comment.HasOne<Synthesis>().WithMany().HasForeignKey(c => c.SynthesisId).OnDelete(DeleteBehavior.Cascade);
            comment.HasOne(c => c.Author).WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.Cascade);
            comment.Property(c => c.Section).HasConversion<string>().HasMaxLength(20);
            comment.Property(c => c.Text).HasMaxLength(SynthesisComment.MaxLength);
            comment.HasIndex(c => c.SynthesisId);
        });
        builder.Entity<SynthesisEndorsement>(endorsement =>
        {
            endorsement.HasKey(e => new { e.SynthesisId, e.UserId });
            endorsement.HasOne<Synthesis>().WithMany().HasForeignKey(e => e.SynthesisId).OnDelete(DeleteBehavior.Cascade);
            endorsement.HasOne(e => e.User).WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<SynthesisExport>(export =>
        {
            export.HasOne(e => e.Version).WithMany().HasForeignKey(e => e.VersionId).OnDelete(DeleteBehavior.Cascade);
            export.Property(e => e.Format).HasConversion<string>().HasMaxLength(20);
            export.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
            export.Property(e => e.Error).HasMaxLength(400);
            export.HasIndex(e => e.Status);
        });
    }

    private static void ConfigureContent<TOwner>(OwnedNavigationBuilder<TOwner, PracticeContent> content) where TOwner : class
    {
        content.Property(c => c.Title).HasMaxLength(200);
        content.Property(c => c.Summary).HasMaxLength(PracticeContent.SummaryLength);
        content.Property(c => c.Body).HasMaxLength(40_000);
        content.Property(c => c.Language).HasMaxLength(8);
        content.Property(c => c.Countries).HasMaxLength(1000);
        content.Property(c => c.Themes).HasMaxLength(200);
        content.Property(c => c.Tags).HasMaxLength(600);
        content.Property(c => c.Organisations).HasMaxLength(1000);
        content.Property(c => c.Links).HasMaxLength(4000);
        content.Property(c => c.ContactName).HasMaxLength(120);
        content.Property(c => c.ContactEmail).HasMaxLength(256);
        content.Property(c => c.Attribution).HasMaxLength(200);
    }
}

/// <summary>Writes every instant to PostgreSQL in UTC, the only offset its timestamptz accepts.</summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(value => value.ToUniversalTime(), value => value);
