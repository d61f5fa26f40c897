using CommunityOfPractice.Features.Setup;
using CommunityOfPractice.Features.Live;
using CommunityOfPractice.Features.Scheduling;
using CommunityOfPractice.Features.WorkingGroups;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.Features;

internal static class WorkingGroupsCore
{
    /// <summary>Working groups and thematic commissions (issue 19): their terms, composition rules, appointments and reminders.</summary>
    public static IServiceCollection AddWorkingGroups(this IServiceCollection services) => services
        .AddSingleton<WorkingGroupNotifier>()
        .AddSingleton<INodeRelay, WorkingGroupNodeRelay>()
        .AddScoped<WorkingGroupAccess>()
        .AddScoped<GroupDesk>()
        .AddScoped<WorkingGroupReader>()
        .AddScoped<GroupDocumentReader>()
        .AddScoped<CreateGroupDocument>()
        .AddScoped<PublishGroupDocumentVersion>()
        .AddScoped<CreateWorkingGroup>()
        .AddScoped<EditWorkingGroup>()
        .AddScoped<AppointMember>()
        .AddScoped<RemoveMember>()
        .AddScoped<ApplyToGroup>()
        .AddScoped<DecideOnGroupApplication>()
        .AddScoped<RenewTerm>()
        .AddScoped<CreateGroupDebate>()
        .AddScoped<TermReminders>()
        .AddScoped<IReconciler, TermReconciler>()
        .AddScoped<IDemoSeed, WorkingGroupSeed>();
}
