using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Standards;

internal sealed class StandardParagraphConfiguration : IEntityTypeConfiguration<StandardParagraph>
{
    public void Configure(EntityTypeBuilder<StandardParagraph> paragraph)
    {
        paragraph.Property(p => p.Number).HasMaxLength(StandardParagraph.NumberLength);
        paragraph.Property(p => p.Key).HasMaxLength(StandardParagraph.KeyLength);
        paragraph.Property(p => p.Markdown).HasMaxLength(StandardDocument.BodyLength);
        paragraph.HasOne(p => p.Section).WithMany().HasForeignKey(p => p.SectionId).OnDelete(DeleteBehavior.Restrict);
        paragraph.HasIndex(p => new { p.VersionId, p.Number }).IsUnique();
        paragraph.HasIndex(p => new { p.VersionId, p.Key }).IsUnique();
    }
}
