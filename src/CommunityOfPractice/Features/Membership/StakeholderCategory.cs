namespace CommunityOfPractice.Features.Membership;

/// <summary>Why a person takes part: the community's stakeholder groups (seed 003).</summary>
public enum StakeholderCategory
{
    PersonLivingWithNcd,
    FamilyMemberOrCaregiver,
    CivilSocietyOrganisation,
    AcademiaOrResearch,
    GovernmentOrPublicSector,
    InternationalOrganisation,
    Other,
}
