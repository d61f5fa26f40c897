namespace CommunityOfPractice.Web.Features.Organisations;

/// <summary>What <see cref="OrganisationNodeRelay.Topic"/> carries: nothing but the news.</summary>
internal sealed record OrganisationsChanged;
