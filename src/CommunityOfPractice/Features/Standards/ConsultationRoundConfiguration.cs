using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Webinars;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Standards;

internal sealed class ConsultationRoundConfiguration : IEntityTypeConfiguration<ConsultationRound>
{
    public void Configure(EntityTypeBuilder<ConsultationRound> round)
    {
        round.Property(r => r.GuidingQuestions).HasMaxLength(ConsultationRound.QuestionsLength);
        // One round per version: the next round consults on the next version.
        round.HasIndex(r => r.VersionId).IsUnique();
        round.HasIndex(r => r.OpensAt);
        round.HasIndex(r => r.ClosesAt);
        round.HasOne(r => r.Version).WithMany().HasForeignKey(r => r.VersionId).OnDelete(DeleteBehavior.Cascade);
        round.HasOne<Webinar>().WithMany().HasForeignKey(r => r.WebinarId).OnDelete(DeleteBehavior.SetNull);
        round.HasOne<Debate>().WithMany().HasForeignKey(r => r.DebateId).OnDelete(DeleteBehavior.SetNull);
        round.HasOne<AppUser>().WithMany().HasForeignKey(r => r.CreatedById).OnDelete(DeleteBehavior.Restrict);
    }
}
