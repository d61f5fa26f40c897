using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Debates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Webinars;

internal sealed class WebinarConfiguration : IEntityTypeConfiguration<Webinar>
{
    public void Configure(EntityTypeBuilder<Webinar> webinar)
    {
        webinar.Property(w => w.Title).HasMaxLength(Webinar.TitleLength);
        webinar.Property(w => w.Description).HasMaxLength(Webinar.TextLength);
        webinar.Property(w => w.Languages).HasMaxLength(Webinar.LanguagesLength);
        webinar.Property(w => w.AccessibilityNotes).HasMaxLength(Webinar.AccessibilityNotesLength);
        webinar.Property(w => w.MeetingUrl).HasMaxLength(Webinar.UrlLength);
        webinar.Property(w => w.CancellationReason).HasMaxLength(Webinar.ReasonLength);
        webinar.Property(w => w.RecordingUrl).HasMaxLength(Webinar.UrlLength);
        webinar.Property(w => w.SlidesUrl).HasMaxLength(Webinar.UrlLength);
        webinar.Property(w => w.Summary).HasMaxLength(Webinar.TextLength);
        webinar.HasOne<Debate>().WithMany().HasForeignKey(w => w.DebateId).OnDelete(DeleteBehavior.SetNull);
        // A group with meetings is never deleted from under them: its space stays readable after its term.
        webinar.HasOne<WorkingGroups.WorkingGroup>().WithMany().HasForeignKey(w => w.WorkingGroupId).OnDelete(DeleteBehavior.Restrict);
        webinar.HasOne<AppUser>().WithMany().HasForeignKey(w => w.CreatedById).OnDelete(DeleteBehavior.Restrict);
        webinar.HasMany(w => w.Speakers).WithOne().HasForeignKey(s => s.WebinarId).OnDelete(DeleteBehavior.Cascade);
        webinar.HasIndex(w => w.StartsAt);
    }
}
