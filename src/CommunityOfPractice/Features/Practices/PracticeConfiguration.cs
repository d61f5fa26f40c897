using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Practices;

internal sealed class PracticeConfiguration : IEntityTypeConfiguration<Practice>
{
    public void Configure(EntityTypeBuilder<Practice> practice)
    {
        practice.Property(p => p.Slug).HasMaxLength(120);
        practice.HasIndex(p => p.Slug).IsUnique();
        practice.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        practice.HasIndex(p => p.Status);
        practice.HasIndex(p => p.SubmitterId);
        practice.HasOne<AppUser>().WithMany().HasForeignKey(p => p.SubmitterId).OnDelete(DeleteBehavior.Restrict);
        practice.OwnsOne(p => p.Content, PracticeContentConfiguration.Configure);
    }
}
