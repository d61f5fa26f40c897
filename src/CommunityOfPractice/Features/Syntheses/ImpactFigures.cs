using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Organisations;

namespace CommunityOfPractice.Features.Syntheses;

internal sealed record ImpactFigures(
    ImpactPeriod Period,
    int Members,
    int NewMembers,
    IReadOnlyList<(StakeholderCategory Category, int Members)> MembersByCategory,
    IReadOnlyList<(WhoRegion? Region, int Members)> MembersByRegion,
    IReadOnlyList<DebateImpact> Debates,
    IReadOnlyList<WebinarImpact> Webinars,
    int PracticesPublished,
    int SynthesesFinalised,
    IReadOnlyList<(OrganisationKind Kind, int Organisations)> OrganisationsByKind,
    IReadOnlyList<(WhoRegion Region, int Organisations)> OrganisationsByRegion,
    IReadOnlyList<GroupImpact> WorkingGroups,
    IReadOnlyList<StatementImpact> Statements);
