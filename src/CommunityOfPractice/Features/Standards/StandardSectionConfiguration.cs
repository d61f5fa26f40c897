using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Standards;

internal sealed class StandardSectionConfiguration : IEntityTypeConfiguration<StandardSection>
{
    public void Configure(EntityTypeBuilder<StandardSection> section)
    {
        section.Property(s => s.Number).HasMaxLength(StandardParagraph.NumberLength);
        section.Property(s => s.Key).HasMaxLength(StandardParagraph.KeyLength);
        section.Property(s => s.Heading).HasMaxLength(StandardSection.HeadingLength);
        section.HasIndex(s => new { s.VersionId, s.Number }).IsUnique();
    }
}
