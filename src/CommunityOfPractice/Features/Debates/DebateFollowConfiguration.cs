using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Debates;

internal sealed class DebateFollowConfiguration : IEntityTypeConfiguration<DebateFollow>
{
    public void Configure(EntityTypeBuilder<DebateFollow> follow)
    {
        follow.HasKey(f => new { f.DebateId, f.UserId });
        follow.HasOne<Debate>().WithMany().HasForeignKey(f => f.DebateId).OnDelete(DeleteBehavior.Cascade);
        follow.HasOne<AppUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
        follow.HasIndex(f => f.UserId);
    }
}
