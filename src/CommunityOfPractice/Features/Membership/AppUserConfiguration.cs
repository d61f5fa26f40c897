using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Membership;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> user)
    {
        user.Property(u => u.DisplayName).HasMaxLength(ProfileRules.DisplayNameMax);
        user.Property(u => u.LegalName).HasMaxLength(ProfileRules.LegalNameMax);
        user.Property(u => u.CountryCode).HasMaxLength(2);
        user.Property(u => u.Organisation).HasMaxLength(ProfileRules.OrganisationMax);
        user.Property(u => u.Bio).HasMaxLength(ProfileRules.BioMax);
        user.Property(u => u.PreferredLanguage).HasMaxLength(8);
        user.Property(u => u.TimeZoneId).HasMaxLength(64);
        user.Property(u => u.Category).HasConversion<string>().HasMaxLength(40);
        user.Property(u => u.DefaultQuotingConsent).HasConversion<string>().HasMaxLength(40);
        user.Property(u => u.CalendarFeedToken).HasMaxLength(64);
        user.HasIndex(u => u.CalendarFeedToken).IsUnique();
        user.Property(u => u.MailFrequency).HasConversion<string>().HasMaxLength(20);
        user.HasIndex(u => u.NextDigestAt);
    }
}
