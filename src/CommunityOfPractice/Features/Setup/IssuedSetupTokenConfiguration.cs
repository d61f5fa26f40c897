using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Setup;

internal sealed class IssuedSetupTokenConfiguration : IEntityTypeConfiguration<IssuedSetupToken>
{
    public void Configure(EntityTypeBuilder<IssuedSetupToken> token)
    {
        token.Property(t => t.Hash).HasMaxLength(64);
        token.HasIndex(t => t.Hash).IsUnique();
    }
}
