using System.Globalization;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
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

    public static int IdFrom(Page created)
    {
        Assert.True(created.IsRedirect, $"Creating the group should redirect to its space, not answer {(int)created.Status}:\n{created.Html}");
        return int.Parse(new Uri(new Uri("http://localhost/"), created.Location).AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }
}
