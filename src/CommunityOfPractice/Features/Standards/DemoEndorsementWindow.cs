namespace CommunityOfPractice.Features.Standards;

internal sealed record DemoEndorsementWindow(double OpensInDays, double LastsDays, List<DemoEndorsementItem> Endorsements);
