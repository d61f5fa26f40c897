namespace CommunityOfPractice.Features.Debates;

/// <summary>A demo debate at fixed dates (the seed's 2018 sequence) or relative to today (<c>OpensInDays</c>).</summary>
internal sealed record DemoDebate(
    string Title, string Summary, string? Context, string ModeratorEmail, string[] Questions,
    DateTimeOffset? OpensAt = null, DateTimeOffset? ClosesAt = null, double? OpensInDays = null, double? LastsDays = null,
    List<DemoPost>? Posts = null);
