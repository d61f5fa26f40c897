namespace CommunityOfPractice.Features.Administration;

public sealed record PersonRow(string Id, string DisplayName, string Email, bool TwoFactorEnabled, IReadOnlySet<string> Roles);
