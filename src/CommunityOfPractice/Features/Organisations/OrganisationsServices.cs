using CommunityOfPractice.Features.Setup;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Organisations;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.Features;

internal static class OrganisationsServices
{
    /// <summary>Member organisations (issue 19): applications, their review, the directory, representatives and the public summary.</summary>
    public static IServiceCollection AddOrganisations(this IServiceCollection services) => services
        .AddScoped<ApplyForOrganisation>()
        .AddScoped<DecideOnOrganisation>()
        .AddScoped<AnswerOrganisationQuestion>()
        .AddScoped<OrganisationQueue>()
        .AddScoped<OrganisationDirectory>()
        .AddScoped<ChangeRepresentatives>()
        .AddScoped<OrganisationSummarySwitch>()
        .AddScoped<IAccountDeletion, OrganisationsOfDeletedAccounts>()
        .AddScoped<IDemoSeed, OrganisationSeed>();
}
