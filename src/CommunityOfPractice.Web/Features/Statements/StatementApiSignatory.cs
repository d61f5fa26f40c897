namespace CommunityOfPractice.Web.Features.Statements;

/// <summary>A signatory organisation; <paramref name="Kind"/> and <paramref name="Region"/> are the enumerations' names ("Academia", "Africa").</summary>
public sealed record StatementApiSignatory(string Organisation, string Kind, string Region, string CountryCode, DateTimeOffset SignedAt);
