namespace CommunityOfPractice.Features.Debates;

/// <summary>A post of a demo debate: <c>ReplyTo</c> is the index of the post it answers, <c>Question</c> the number of its guiding question.</summary>
internal sealed record DemoPost(string AuthorEmail, string Markdown, int? ReplyTo = null, int? Question = null);
