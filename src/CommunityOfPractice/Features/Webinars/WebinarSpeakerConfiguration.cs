using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Webinars;

internal sealed class WebinarSpeakerConfiguration : IEntityTypeConfiguration<WebinarSpeaker>
{
    public void Configure(EntityTypeBuilder<WebinarSpeaker> speaker)
    {
        speaker.Property(s => s.Name).HasMaxLength(120);
        speaker.Property(s => s.Role).HasMaxLength(1000);
        speaker.Property(s => s.Bio).HasMaxLength(1000);
    }
}
