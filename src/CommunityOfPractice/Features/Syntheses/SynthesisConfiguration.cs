using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Debates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Syntheses;

internal sealed class SynthesisConfiguration : IEntityTypeConfiguration<Synthesis>
{
    public void Configure(EntityTypeBuilder<Synthesis> synthesis)
    {
        synthesis.HasOne(s => s.Debate).WithMany().HasForeignKey(s => s.DebateId).OnDelete(DeleteBehavior.Restrict);
        // One synthesis per debate; two coordinators starting at once get one.
        synthesis.HasIndex(s => s.DebateId).IsUnique();
        // Syntheses started before the language could be chosen were written in English.
        synthesis.Property(s => s.Language).HasMaxLength(8).HasDefaultValue(Synthesis.DefaultLanguage);
        synthesis.HasOne<AppUser>().WithMany().HasForeignKey(s => s.CreatedById).OnDelete(DeleteBehavior.Restrict);
        foreach (var section in new[] { nameof(Synthesis.Summary), nameof(Synthesis.Agreements), nameof(Synthesis.Disagreements), nameof(Synthesis.Gaps), nameof(Synthesis.Recommendations) })
        {
            synthesis.Property(section).HasMaxLength(Synthesis.MaxSectionLength);
        }
    }
}
