using CommunityOfPractice.Features.Debates;

namespace CommunityOfPractice.Testing;

/// <summary>
/// The one way tests make a valid debate entity: published, open for three days from now, post-moderated, created a
/// week before it opens, with a unique title. Each <c>With...</c> changes one thing; <see cref="Build"/> makes a new entity.
/// </summary>
public sealed class DebateBuilder(string createdById)
{
    private string title = $"Debate {Guid.NewGuid():N}"[..20];
    private string summary = "How should people living with NCDs take part in policy?";
    private DateTimeOffset opensAt = DateTimeOffset.UtcNow;
    private DateTimeOffset? closesAt;
    private DateTimeOffset? createdAt;
    private ModerationMode mode = ModerationMode.PostModeration;
    private IReadOnlyList<string> questions = [];
    private int firstQuestionOrder = 1;

    public DebateBuilder WithTitle(string value)
    {
        title = value;
        return this;
    }

    public DebateBuilder WithSummary(string value)
    {
        summary = value;
        return this;
    }

    public DebateBuilder WithWindow(DateTimeOffset opens, DateTimeOffset closes)
    {
        (opensAt, closesAt) = (opens, closes);
        return this;
    }

    public DebateBuilder WithModeration(ModerationMode value)
    {
        mode = value;
        return this;
    }

    public DebateBuilder WithCreatedAt(DateTimeOffset value)
    {
        createdAt = value;
        return this;
    }

    /// <summary>Guiding questions in this order, numbered from <paramref name="firstOrder"/> (1, as creating a debate numbers them).</summary>
    public DebateBuilder WithQuestions(IReadOnlyList<string> texts, int firstOrder = 1)
    {
        (questions, firstQuestionOrder) = (texts, firstOrder);
        return this;
    }

    public Debate Build() => new()
    {
        Title = title,
        Summary = summary,
        OpensAt = opensAt,
        ClosesAt = closesAt ?? opensAt.AddDays(3),
        ModerationMode = mode,
        IsPublished = true,
        CreatedById = createdById,
        CreatedAt = createdAt ?? opensAt.AddDays(-7),
        Questions = questions.Select((text, i) => new GuidingQuestion { Order = firstQuestionOrder + i, Text = text }).ToList(),
    };
}
