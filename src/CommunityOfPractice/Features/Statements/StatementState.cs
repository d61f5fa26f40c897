namespace CommunityOfPractice.Features.Statements;

/// <summary>Where a statement stands, from the clock: see <see cref="Statement.StateAt"/>.</summary>
public enum StatementState
{
    Draft,
    Open,
    Closed,
}
