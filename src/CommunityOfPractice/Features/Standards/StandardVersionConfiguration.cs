using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Standards;

internal sealed class StandardVersionConfiguration : IEntityTypeConfiguration<StandardVersion>
{
    public void Configure(EntityTypeBuilder<StandardVersion> version)
    {
        version.HasIndex(v => new { v.DocumentId, v.Number }).IsUnique();
        version.Property(v => v.Markdown).HasMaxLength(StandardDocument.BodyLength);
        version.HasOne<AppUser>().WithMany().HasForeignKey(v => v.PublishedById).OnDelete(DeleteBehavior.Restrict);
        version.HasMany(v => v.Sections).WithOne().HasForeignKey(s => s.VersionId).OnDelete(DeleteBehavior.Cascade);
        version.HasMany(v => v.Paragraphs).WithOne().HasForeignKey(p => p.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
