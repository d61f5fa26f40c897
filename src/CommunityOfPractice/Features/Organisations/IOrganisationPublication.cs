namespace CommunityOfPractice.Features.Organisations;

/// <summary>Told after a change the public summary shows (an approval, the switch): the host drops its cached copies.</summary>
internal interface IOrganisationPublication
{
    Task ChangedAsync(CancellationToken cancellationToken = default);
}
