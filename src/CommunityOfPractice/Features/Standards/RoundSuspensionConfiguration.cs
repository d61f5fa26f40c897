using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Standards;

internal sealed class RoundSuspensionConfiguration : IEntityTypeConfiguration<RoundSuspension>
{
    public void Configure(EntityTypeBuilder<RoundSuspension> suspension)
    {
        suspension.HasKey(s => new { s.RoundId, s.UserId });
        suspension.HasOne<ConsultationRound>().WithMany().HasForeignKey(s => s.RoundId).OnDelete(DeleteBehavior.Cascade);
        suspension.Property(s => s.Reason).HasMaxLength(StandardComment.ReasonLength);
    }
}
