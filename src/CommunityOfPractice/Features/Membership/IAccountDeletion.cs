namespace CommunityOfPractice.Features.Membership;

/// <summary>
/// What a feature does for a person whose account is being deleted, before their data goes (outside the deletion's
/// transaction): webinars give their seats to the next in line, and tell them. The data itself is removed by
/// <see cref="DeleteAccount"/>, whichever features are registered: erasure does not depend on them.
/// </summary>
internal interface IAccountDeletion
{
    Task BeforeDeletingAsync(string userId, CancellationToken cancellationToken);
}
