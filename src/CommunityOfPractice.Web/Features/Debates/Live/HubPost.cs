using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Web.Features.Debates.Live;

/// <summary>
/// A post as hub clients receive it: what the room shows, and nothing more. No author account id (it would let any
/// member follow one person across debates and match them to other data), no source text beside the rendered one.
/// </summary>
public sealed record HubPost(
    long Id, long? ParentId, int Depth, long? QuotedPostId, int? QuestionId, string AuthorName, PostKind Kind, PostStatus Status,
    string Html, string? HiddenReason, bool IsPinned, bool IsLocked, bool IsHighlighted, int HelpfulCount,
    DateTimeOffset CreatedAt, DateTimeOffset? EditedAt, QuotingConsent Consent)
{
    public static HubPost Of(PostView post) => new(
        post.Id, post.ParentId, post.Depth, post.QuotedPostId, post.QuestionId, post.AuthorName, post.Kind, post.Status,
        post.Html, post.HiddenReason, post.IsPinned, post.IsLocked, post.IsHighlighted, post.HelpfulCount,
        post.CreatedAt, post.EditedAt, post.Consent);
}
