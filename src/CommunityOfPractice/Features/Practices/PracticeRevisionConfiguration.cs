using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Practices;

internal sealed class PracticeRevisionConfiguration : IEntityTypeConfiguration<PracticeRevision>
{
    public void Configure(EntityTypeBuilder<PracticeRevision> revision)
    {
        revision.HasOne<Practice>().WithMany().HasForeignKey(r => r.PracticeId).OnDelete(DeleteBehavior.Cascade);
        revision.HasIndex(r => new { r.PracticeId, r.Number }).IsUnique();
        revision.OwnsOne(r => r.Content, PracticeContentConfiguration.Configure);
    }
}
