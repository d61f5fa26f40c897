namespace CommunityOfPractice.Features.Webinars;

/// <summary>The working group a meeting belongs to, as its page names and links it.</summary>
internal sealed record WebinarGroup(int Id, string Name);
