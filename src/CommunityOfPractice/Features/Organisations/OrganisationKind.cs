namespace CommunityOfPractice.Features.Organisations;

/// <summary>What kind of body an organisation is (issue 19's list).</summary>
public enum OrganisationKind
{
    CivilSociety,
    PatientOrganisation,
    Academia,
    GovernmentOrMunicipality,
    InternationalOrganisation,
    PrivateNonProfit,
}
