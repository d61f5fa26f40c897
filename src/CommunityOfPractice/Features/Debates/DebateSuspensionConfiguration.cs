using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Debates;

internal sealed class DebateSuspensionConfiguration : IEntityTypeConfiguration<DebateSuspension>
{
    public void Configure(EntityTypeBuilder<DebateSuspension> suspension)
    {
        suspension.HasKey(s => new { s.DebateId, s.UserId });
        suspension.Property(s => s.Reason).HasMaxLength(Debate.ReasonLength);
    }
}
