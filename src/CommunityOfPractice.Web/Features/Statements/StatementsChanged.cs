namespace CommunityOfPractice.Web.Features.Statements;

/// <summary>What <see cref="StatementNodeRelay.Topic"/> carries: nothing but the news.</summary>
internal sealed record StatementsChanged;
