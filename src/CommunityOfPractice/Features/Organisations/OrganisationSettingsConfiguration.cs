using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Organisations;

internal sealed class OrganisationSettingsConfiguration : IEntityTypeConfiguration<OrganisationSettings>
{
    public void Configure(EntityTypeBuilder<OrganisationSettings> settings)
    {
        settings.Property(s => s.Id).ValueGeneratedNever();
    }
}
