namespace CommunityOfPractice.Web.Features.Syntheses;

public sealed record SynthesisListEntry(int Id, int Version, DateTimeOffset FinalisedAt, int DebateId, string DebateTitle, string Url, IReadOnlyDictionary<string, string> Exports);
