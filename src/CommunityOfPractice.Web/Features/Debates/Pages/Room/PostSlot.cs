using CommunityOfPractice.Features.Debates;

namespace CommunityOfPractice.Web.Features.Debates.Pages.Room;

/// <summary>
/// Everything a post's article shows, as a value: the article renders again only when it changes, so a new post in
/// a long debate sends that post, not every post.
/// </summary>
public sealed record PostSlot(PostView Post, bool Interactive, bool Open, bool Moderator, bool HelpfulGiven, bool Suspended, bool Editable,
    string? EditText, FlagReason? Flagging, int Replies, bool Collapsed, string? QuotedAuthor, bool IsNew, string? HideReason);
