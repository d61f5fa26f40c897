using CommunityOfPractice.Features.Organisations;

namespace CommunityOfPractice.Features.Statements;

/// <summary>A statement as a representative signs or withdraws: who they sign for, and which organisations have signed.</summary>
internal sealed record SigningState(Statement Statement, IReadOnlyDictionary<int, Organisation> Represented, IReadOnlyList<int> Signed);
