using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Standards;

internal sealed class ProposalSupportConfiguration : IEntityTypeConfiguration<ProposalSupport>
{
    public void Configure(EntityTypeBuilder<ProposalSupport> support)
    {
        // Once per member: the key itself refuses a second support, even when two clicks race.
        support.HasKey(s => new { s.ProposalId, s.UserId });
        support.HasOne<StandardProposal>().WithMany().HasForeignKey(s => s.ProposalId).OnDelete(DeleteBehavior.Cascade);
        support.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
