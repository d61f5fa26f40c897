namespace CommunityOfPractice.Web.Platform;

/// <summary>A titled list in a mail: each line a text and the page it links to.</summary>
internal sealed record MailSection(LocalizedText Heading, IReadOnlyList<MailLine> Lines);
