using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Webinars;

internal sealed class WebinarRegistrationConfiguration : IEntityTypeConfiguration<WebinarRegistration>
{
    public void Configure(EntityTypeBuilder<WebinarRegistration> registration)
    {
        registration.HasOne<Webinar>().WithMany().HasForeignKey(r => r.WebinarId).OnDelete(DeleteBehavior.Cascade);
        registration.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        registration.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        // One registration per member and webinar, whatever races.
        registration.HasIndex(r => new { r.WebinarId, r.UserId }).IsUnique();
        registration.HasIndex(r => new { r.WebinarId, r.Status });
    }
}
