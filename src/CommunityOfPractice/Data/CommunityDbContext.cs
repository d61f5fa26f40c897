using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Membership;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CommunityOfPractice.Data;

public class CommunityDbContext(DbContextOptions<CommunityDbContext> options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<MembershipApplication> MembershipApplications => Set<MembershipApplication>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

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

        builder.Entity<AuditEntry>(entry =>
        {
            entry.HasIndex(e => e.At);
            entry.HasIndex(e => e.Action);
            entry.Property(e => e.Action).HasMaxLength(60);
            entry.Property(e => e.ActorName).HasMaxLength(80);
            entry.Property(e => e.SubjectName).HasMaxLength(80);
            entry.Property(e => e.Details).HasMaxLength(4000);
        });
    }
}
