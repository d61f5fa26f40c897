using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Testing;

/// <summary>
/// The one way tests make a valid post entity: a published top-level member post quoted with its author's name, its
/// HTML the paragraph of its text, written now. Each <c>With...</c> changes one thing; <see cref="Build"/> makes a new entity.
/// </summary>
public sealed class PostBuilder(int debateId, string authorId, string text)
{
    private QuotingConsent consent = QuotingConsent.QuoteWithName;
    private PostStatus status = PostStatus.Published;
    private PostKind kind = PostKind.Member;
    private bool highlighted;
    private int? questionId;
    private long? parentId;
    private DateTimeOffset createdAt = DateTimeOffset.UtcNow;

    public PostBuilder WithConsent(QuotingConsent value)
    {
        consent = value;
        return this;
    }

    public PostBuilder WithStatus(PostStatus value)
    {
        status = value;
        return this;
    }

    public PostBuilder WithKind(PostKind value)
    {
        kind = value;
        return this;
    }

    public PostBuilder Highlighted(bool value = true)
    {
        highlighted = value;
        return this;
    }

    public PostBuilder WithQuestion(int? value)
    {
        questionId = value;
        return this;
    }

    /// <summary>A reply to <paramref name="value"/> (one level down), or a top-level post when null.</summary>
    public PostBuilder InReplyTo(long? value)
    {
        parentId = value;
        return this;
    }

    public PostBuilder WithCreatedAt(DateTimeOffset value)
    {
        createdAt = value;
        return this;
    }

    public Post Build() => new()
    {
        DebateId = debateId,
        AuthorId = authorId,
        QuestionId = questionId,
        ParentId = parentId,
        Depth = parentId is null ? 1 : 2,
        Markdown = text,
        Html = $"<p>{text}</p>",
        Consent = consent,
        Status = status,
        Kind = kind,
        IsHighlighted = highlighted,
        CreatedAt = createdAt,
    };
}
