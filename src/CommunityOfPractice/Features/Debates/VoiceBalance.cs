using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Debates;

public sealed record VoiceBalance(
    IReadOnlyDictionary<StakeholderCategory, (int Participants, int Posts)> ByCategory,
    IReadOnlyDictionary<WhoRegion, (int Participants, int Posts)> ByRegion);
