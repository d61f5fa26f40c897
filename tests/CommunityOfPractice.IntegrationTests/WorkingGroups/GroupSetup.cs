using System.Globalization;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Standards;
using CommunityOfPractice.Features.WorkingGroups;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.WorkingGroups;

/// <summary>People from chosen countries, and the new-group form as a coordinator fills it in.</summary>
internal static class GroupSetup
{
    public static async Task<TestPerson> PersonFromAsync(CommunityAppFactory app, string name, string countryCode, string role = Roles.Member,
        StakeholderCategory category = StakeholderCategory.CivilSocietyOrganisation)
    {
        var person = await app.CreatePersonAsync(name, role);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var user = await db.Users.FindAsync(person.Id);
        user!.CountryCode = countryCode;
        user.Category = category;
        await db.SaveChangesAsync();
        return person;
    }

    public static Dictionary<string, string> Form(string name, DateOnly starts, DateOnly ends, string chairId, int min = 6, int max = 8, int regions = 3, string share = "") => new()
    {
        ["Input.Name"] = name,
        ["Input.Mandate"] = "Draft the **council statement**. <script>alert(1)</script>",
        ["Input.StartsOn"] = starts.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Input.EndsOn"] = ends.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Input.ChairId"] = chairId,
        ["Input.MinSize"] = min.ToString(CultureInfo.InvariantCulture),
        ["Input.MaxSize"] = max.ToString(CultureInfo.InvariantCulture),
        ["Input.MinRegions"] = regions.ToString(CultureInfo.InvariantCulture),
        ["Input.MinNcdSharePercent"] = share,
    };

    /// <summary>A group in its term chaired by <paramref name="chair"/>, with <paramref name="members"/> appointed by the chair.</summary>
    public static async Task<int> GroupAsync(CommunityAppFactory app, string label, TestPerson chair, params TestPerson[] members) =>
        await GroupCreatedByAsync(app, await PersonFromAsync(app, label + " Coordinator", "CH", Roles.Coordinator), label, chair, members);

    /// <summary>A group in its term that <paramref name="coordinator"/> created, chaired by <paramref name="chair"/>, with <paramref name="members"/> appointed by the chair.</summary>
    public static async Task<int> GroupCreatedByAsync(CommunityAppFactory app, TestPerson coordinator, string label, TestPerson chair, params TestPerson[] members)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using var scope = app.Services.CreateAsyncScope();
        var (group, errors) = await scope.ServiceProvider.GetRequiredService<CreateWorkingGroup>().HandleAsync(new Actor(coordinator.Id, coordinator.DisplayName), new WorkingGroupCommand
        {
            Name = label + " group " + Guid.NewGuid().ToString("N")[..6], Mandate = "Private work.", StartsOn = today, EndsOn = today.AddDays(200),
            ChairId = chair.Id, MinSize = 1, MaxSize = 9, MinRegions = 1,
        });
        Assert.Empty(errors);
        foreach (var member in members)
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<AppointMember>().HandleAsync(new Actor(chair.Id, chair.DisplayName), group!.Id, member.Id)).Succeeded,
                $"The chair should appoint {member.DisplayName}.");
        }
        return group!.Id;
    }

    /// <summary>A document in the group's space, written by its chair: a version per body.</summary>
    public static async Task<StandardDocument> DocumentAsync(CommunityAppFactory app, TestPerson chair, int groupId, string title, params string[] bodies)
    {
        var actor = new Actor(chair.Id, chair.DisplayName);
        await using var scope = app.Services.CreateAsyncScope();
        var (document, errors) = await scope.ServiceProvider.GetRequiredService<CreateGroupDocument>().HandleAsync(actor, groupId,
            new StandardCommand { Title = title, Summary = "Only for the group.", Body = bodies[0] });
        Assert.Empty(errors);
        foreach (var body in bodies.Skip(1))
        {
            Assert.Empty((await scope.ServiceProvider.GetRequiredService<PublishGroupDocumentVersion>().HandleAsync(actor, groupId, document!.Id, body)).Errors);
        }
        return document!;
    }

    public static int IdFrom(Page created)
    {
        Assert.True(created.IsRedirect, $"Creating the group should redirect to its space, not answer {(int)created.Status}:\n{created.Html}");
        return int.Parse(new Uri(new Uri("http://localhost/"), created.Location).AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }
}
