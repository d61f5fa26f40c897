namespace CommunityOfPractice.Features.Administration;

internal sealed record PersonRow(string Id, string DisplayName, string Email, bool TwoFactorEnabled, IReadOnlySet<string> Roles);
