namespace CommunityOfPractice.Features.Webinars;

/// <summary>The working group a meeting belongs to, as its page names and links it.</summary>
public sealed record WebinarGroup(int Id, string Name);
