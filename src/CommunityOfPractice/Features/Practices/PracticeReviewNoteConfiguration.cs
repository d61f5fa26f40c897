using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Practices;

internal sealed class PracticeReviewNoteConfiguration : IEntityTypeConfiguration<PracticeReviewNote>
{
    public void Configure(EntityTypeBuilder<PracticeReviewNote> note)
    {
        note.HasOne<Practice>().WithMany().HasForeignKey(n => n.PracticeId).OnDelete(DeleteBehavior.Cascade);
        note.Property(n => n.AuthorName).HasMaxLength(80);
        note.Property(n => n.Action).HasConversion<string>().HasMaxLength(20);
        note.Property(n => n.Text).HasMaxLength(4000);
        note.HasIndex(n => n.PracticeId);
    }
}
