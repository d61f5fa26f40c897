namespace CommunityOfPractice.Features.Debates;

/// <summary>A post as moderators see it, and as members other than its author see it (null while it is held).</summary>
internal sealed record PostViews(PostView ForModerators, PostView? ForMembers)
{
    public static PostViews Of(PostView forModerators) => new(forModerators,
        forModerators.Status == PostStatus.Held ? null : forModerators with { PendingHtml = null, Revisions = [] });
}
