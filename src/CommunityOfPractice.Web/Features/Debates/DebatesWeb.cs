using CommunityOfPractice.Web.Platform.Mail;
using Microsoft.AspNetCore.SignalR;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Web.Features.Debates.Jobs;
using CommunityOfPractice.Web.Features.Debates.Live;

using CommunityOfPractice.Web.Platform;

namespace CommunityOfPractice.Web.Features.Debates;

internal static class DebatesWeb
{
    /// <summary>The largest hub message accepted: a post at its length limit, every character escaped, with room to spare.</summary>
    public const long MaximumMessageBytes = 160 * 1024;

    public static IServiceCollection AddDebatesWeb(this IServiceCollection services)
    {
        services.AddFeaturePages("Debates");
        services.AddToSlot<Pages.HomeDebates>(Slots.MemberHome, order: 0);
        services.AddToSlot<Pages.DebateQueues>(Slots.StaffQueues, order: 10);
        // Posts may be 20,000 characters in any script: up to 6 bytes each once JSON-escaped, over the 32 KB default.
        services.AddSingleton<HubCallLimits>();
        services.AddSingleton<HubSessions>();
        // JSON, and MessagePack for clients that want smaller, faster messages (binary; enumerations as numbers, as in JSON).
        services.AddSignalR().AddMessagePackProtocol().AddHubOptions<DebateHub>(hub =>
        {
            hub.MaximumReceiveMessageSize = MaximumMessageBytes;
            hub.AddFilter<HubCallLimits>();
        });
        services.AddScoped<IDebateScheduler, HangfireDebateScheduler>();
        services.AddScoped<IDebateMail, DebateMail>();
        services.AddScoped<IDigestSection, DebateDigestSection>();
        services.AddScoped<DebateTransitionJob>();
        services.AddHostedService<DebateHubRelay>();
        return services;
    }

    public static WebApplication MapDebates(this WebApplication app)
    {
        app.MapHub<DebateHub>("/hubs/debates");
        return app;
    }
}
