using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Debates;

internal sealed class GuidingQuestionConfiguration : IEntityTypeConfiguration<GuidingQuestion>
{
    public void Configure(EntityTypeBuilder<GuidingQuestion> question)
    {
        question.Property(q => q.Text).HasMaxLength(GuidingQuestion.TextLength);
    }
}
