namespace CommunityOfPractice.Testing;

public sealed record TestPerson(string Id, string Email, string Password, string DisplayName, string? AuthenticatorKey);
