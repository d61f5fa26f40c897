using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Standards;

internal sealed class StandardFlagConfiguration : IEntityTypeConfiguration<StandardFlag>
{
    public void Configure(EntityTypeBuilder<StandardFlag> flag)
    {
        flag.HasOne<ConsultationRound>().WithMany().HasForeignKey(f => f.RoundId).OnDelete(DeleteBehavior.Cascade);
        flag.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        flag.Property(f => f.Reason).HasConversion<string>().HasMaxLength(40);
        flag.Property(f => f.Note).HasMaxLength(StandardComment.ReasonLength);
        flag.HasIndex(f => new { f.Kind, f.ContributionId, f.UserId });
        flag.HasIndex(f => f.ResolvedAt);
    }
}
