using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Web.Features.Debates.Jobs;
using CommunityOfPractice.Web.Features.Debates.Live;
using Hangfire;

namespace CommunityOfPractice.Web.Features.Debates;

internal static class DebatesWeb
{
    public static IServiceCollection AddDebatesWeb(this IServiceCollection services)
    {
        services.AddSignalR();
        services.AddScoped<IDebateScheduler, HangfireDebateScheduler>();
        services.AddScoped<IDebateMail, DebateMail>();
        services.AddScoped<DebateTransitionJob>();
        services.AddHostedService<DebateReconciliationOnStart>();
        services.AddHostedService<DebateHubRelay>();
        return services;
    }

    public static WebApplication MapDebates(this WebApplication app)
    {
        app.MapHub<DebateHub>("/hubs/debates");
        app.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<DebateTransitionJob>("debate-reconciliation", job => job.ReconcileAsync(), Cron.Minutely());
        return app;
    }
}
