using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Practices;

internal sealed class PracticeThemeConfiguration : IEntityTypeConfiguration<PracticeTheme>
{
    public void Configure(EntityTypeBuilder<PracticeTheme> theme)
    {
        theme.Property(t => t.NameEn).HasMaxLength(80);
        theme.Property(t => t.NameFr).HasMaxLength(80);
        theme.Property(t => t.NameEs).HasMaxLength(80);
    }
}
