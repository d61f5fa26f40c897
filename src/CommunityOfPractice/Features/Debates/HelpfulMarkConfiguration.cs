using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Debates;

internal sealed class HelpfulMarkConfiguration : IEntityTypeConfiguration<HelpfulMark>
{
    public void Configure(EntityTypeBuilder<HelpfulMark> mark)
    {
        mark.HasKey(m => new { m.PostId, m.UserId });
    }
}
