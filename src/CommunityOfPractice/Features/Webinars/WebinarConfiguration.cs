using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Debates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Webinars;

internal sealed class WebinarConfiguration : IEntityTypeConfiguration<Webinar>
{
    public void Configure(EntityTypeBuilder<Webinar> webinar)
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
    }
}
