namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>The group's debate, open since yesterday for <c>LastsDays</c>.</summary>
internal sealed record DemoGroupDebate(string Title, string Summary, string? Context, string[] Questions, int LastsDays = 10);
