namespace CommunityOfPractice.Features.Debates;

public enum PostKind
{
    Member,
    /// <summary>Written by a moderator as moderator: badged.</summary>
    Moderator,
    /// <summary>A moderator's announcement to the whole room.</summary>
    Announcement,
    /// <summary>Posted by the platform itself, e.g. the closing notice.</summary>
    System,
}
