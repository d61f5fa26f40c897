using CommunityOfPractice.Features.WorkingGroups;
using CommunityOfPractice.Web.Features.WorkingGroups.Jobs;
using CommunityOfPractice.Web.Platform;

namespace CommunityOfPractice.Web.Features.WorkingGroups;

/// <summary>
/// Working groups' pages, mails, jobs and demo (issue 19), on top of the core's
/// <see cref="CommunityOfPractice.Features.WorkingGroupsCore.AddWorkingGroups"/>.
/// </summary>
internal static class WorkingGroupsWeb
{
    public static IServiceCollection AddWorkingGroupsWeb(this IServiceCollection services)
    {
        services.AddFeaturePages("WorkingGroups");
        services.AddToSlot<Pages.GroupsQueue>(Slots.StaffQueues, order: 30);
        services.AddToSlot<Pages.GroupsNavigation>(Slots.CommunityNavigation, order: 20);
        services.AddToSlot<Pages.GroupDebateNote>(Slots.DebateContext);
        services.AddScoped<IWorkingGroupMail, WorkingGroupMail>();
        services.AddScoped<ITermScheduler, HangfireTermScheduler>();
        services.AddScoped<TermReminderJob>();
        return services;
    }

    /// <summary>The groups' pages are components; nothing else to map yet, but the pair keeps Program.cs a table of contents.</summary>
    public static WebApplication MapWorkingGroups(this WebApplication app) => app;
}
