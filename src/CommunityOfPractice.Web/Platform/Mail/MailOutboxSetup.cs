using CommunityOfPractice.Features.Mail;

namespace CommunityOfPractice.Web.Platform.Mail;

/// <summary>The outbox's sending runs as Hangfire jobs: at once after a commit, at each retry's time, and every minute.</summary>
internal static class MailOutboxSetup
{
    public static IServiceCollection AddMailOutbox(this IServiceCollection services)
    {
        services.AddScoped<MailOutbox>();
        services.AddSingleton<IMailDispatch, HangfireMailDispatch>();
        services.AddHostedService<MailOutboxOnStart>();
        return services;
    }
}
