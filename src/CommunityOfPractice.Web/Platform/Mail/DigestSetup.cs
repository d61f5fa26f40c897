using CommunityOfPractice.Features.Scheduling;

namespace CommunityOfPractice.Web.Platform.Mail;

internal static class DigestSetup
{
    public static IServiceCollection AddDigests(this IServiceCollection services) => services
        .AddScoped<DigestSender>()
        .AddScoped<DigestJob>()
        .AddScoped<IReconciler, DigestReconciler>()
        .AddHostedService<DigestScheduleOnStart>();
}
