using CommunityOfPractice.Features.Setup;
using CommunityOfPractice.Features.Scheduling;
using CommunityOfPractice.Features.Statements;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.Features;

internal static class StatementsCore
{
    /// <summary>Joint statements (issue 19): drafting and editing, the signing window, signatures, publication and the campaign toolkit.</summary>
    public static IServiceCollection AddStatements(this IServiceCollection services) => services
        .AddScoped<StatementAccess>()
        .AddScoped<StatementReader>()
        .AddScoped<PublishedStatements>()
        .AddScoped<DraftStatement>()
        .AddScoped<EditStatement>()
        .AddScoped<ChangeStatementWindow>()
        .AddScoped<SignStatement>()
        .AddScoped<WithdrawSignature>()
        .AddScoped<StatementToolkit>()
        .AddScoped<StatementTransitions>()
        .AddScoped<IReconciler, StatementReconciler>()
        .AddScoped<IDemoSeed, StatementSeed>();
}
