using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Standards;

internal sealed class StandardProposalConfiguration : IEntityTypeConfiguration<StandardProposal>
{
    public void Configure(EntityTypeBuilder<StandardProposal> proposal)
    {
        proposal.HasOne<ConsultationRound>().WithMany().HasForeignKey(p => p.RoundId).OnDelete(DeleteBehavior.Cascade);
        proposal.HasOne(p => p.Paragraph).WithMany().HasForeignKey(p => p.ParagraphId).OnDelete(DeleteBehavior.Restrict);
        proposal.HasOne(p => p.Author).WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Restrict);
        proposal.HasOne<AppUser>().WithMany().HasForeignKey(p => p.AnsweredById).OnDelete(DeleteBehavior.Restrict);
        proposal.Property(p => p.ProposedText).HasMaxLength(StandardProposal.TextLength);
        proposal.Property(p => p.Reason).HasMaxLength(StandardProposal.ReasonLength);
        proposal.Property(p => p.AnswerReason).HasMaxLength(StandardProposal.ReasonLength);
        proposal.Property(p => p.HiddenReason).HasMaxLength(StandardComment.ReasonLength);
        proposal.Property(p => p.Consent).HasConversion<string>().HasMaxLength(40);
        proposal.Property(p => p.Answer).HasConversion<string>().HasMaxLength(40).IsConcurrencyToken();
        proposal.HasIndex(p => new { p.RoundId, p.ParagraphId });
        proposal.HasIndex(p => new { p.AuthorId, p.CreatedAt });
    }
}
