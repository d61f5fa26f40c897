using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Debates;

internal sealed class DebateVisitConfiguration : IEntityTypeConfiguration<DebateVisit>
{
    public void Configure(EntityTypeBuilder<DebateVisit> visit)
    {
        visit.HasKey(v => new { v.DebateId, v.UserId });
    }
}
