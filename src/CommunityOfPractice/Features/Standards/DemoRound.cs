namespace CommunityOfPractice.Features.Standards;

/// <summary>A round <c>OpensInDays</c> from now (negative: in the past) lasting <c>LastsDays</c>.</summary>
internal sealed record DemoRound(double OpensInDays, double LastsDays, string Questions, List<DemoContribution> Contributions);
