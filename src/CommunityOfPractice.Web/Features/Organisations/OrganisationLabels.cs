using CommunityOfPractice.Features.Organisations;
using Microsoft.Extensions.Localization;

namespace CommunityOfPractice.Web.Features.Organisations;

/// <summary>Organisations' words in the reader's language.</summary>
internal static class OrganisationLabels
{
    public static string Kind(IStringLocalizer L, OrganisationKind kind) => kind switch
    {
        OrganisationKind.CivilSociety => L["Civil society organisation"],
        OrganisationKind.PatientOrganisation => L["Patient organisation"],
        OrganisationKind.Academia => L["Academia"],
        OrganisationKind.GovernmentOrMunicipality => L["Government or municipality"],
        OrganisationKind.InternationalOrganisation => L["International organisation"],
        OrganisationKind.PrivateNonProfit => L["Private non-profit"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Status(IStringLocalizer L, OrganisationStatus status) => status switch
    {
        OrganisationStatus.Pending => L["Waiting for a moderator"],
        OrganisationStatus.InformationRequested => L["Question waiting for your answer"],
        OrganisationStatus.Approved => L["Approved"],
        OrganisationStatus.Rejected => L["Not accepted"],
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
