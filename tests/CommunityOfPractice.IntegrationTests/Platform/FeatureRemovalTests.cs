using System.Net;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Statements;
using CommunityOfPractice.Features.WorkingGroups;
using CommunityOfPractice.IntegrationTests.Hosting;
using CommunityOfPractice.Web.Platform;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Platform;

/// <summary>
/// Program.cs is a table of contents: taking one feature's pair of lines out takes that feature out and nothing else.
/// This host is the app with every registration of the webinars feature removed (core and web), as if its lines were
/// commented out: its pages answer 404, its links and parts of shared pages are gone, and the rest works.
/// </summary>
public sealed class FeatureRemovalTests
{
    /// <summary>The app without the webinars feature; <paramref name="demo"/> loads the demo community at start-up.</summary>
    private sealed class WithoutWebinars(bool demo = false) : CommunityAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (demo)
            {
                builder.UseSetting("Demo:Seed", "true");
            }
            builder.ConfigureTestServices(services =>
            {
                static bool OfWebinars(Type? type) => type?.Namespace?.Split('.') is { } parts && parts.Contains("Webinars");
                var removed = services.Where(d => !d.IsKeyedService && (OfWebinars(d.ServiceType) || OfWebinars(d.ImplementationType)
                    || d.ImplementationInstance is FeatureModule { Name: "Webinars" }
                    || d.ImplementationInstance is SlotContribution slot && OfWebinars(slot.Component))).ToList();
                foreach (var descriptor in removed)
                {
                    services.Remove(descriptor);
                }

                // Nothing left may need them: every other service can still be built.
                var rest = new ServiceCollection();
                foreach (var descriptor in services)
                {
                    ((ICollection<ServiceDescriptor>)rest).Add(descriptor);
                }
                using (rest.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }))
                {
                }

                // MapWebinars is still called by Program.cs here (a real removal takes it out too): its endpoints find
                // their services, which fail if anything else reaches for them while the app runs.
                foreach (var type in removed.Select(d => d.ServiceType).Where(OfWebinars).Distinct())
                {
                    services.AddScoped(type, _ => throw new InvalidOperationException($"{type.Name} belongs to the removed webinars feature."));
                }
            });
        }
    }

    [Fact]
    public async Task Without_the_webinars_lines_its_pages_links_and_parts_are_gone_and_every_other_page_works()
    {
        await using var app = new WithoutWebinars();
        var debateId = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        using var member = new Browser(app);
        await member.SignInAsync(await app.CreatePersonAsync("Featureless Member", Roles.Member));

        var home = await member.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.DoesNotContain("href=\"webinars\"", home.Html);
        Assert.DoesNotContain("href=\"events\"", home.Html);
        Assert.Contains("href=\"debates\"", home.Html);
        foreach (var path in new[] { "/webinars", "/events", "/webinars/new" })
        {
            Assert.True((await member.GetAsync(path)).Status == HttpStatusCode.NotFound, $"{path} belongs to the removed feature and should answer 404.");
        }
        foreach (var path in new[] { "/debates", $"/debates/{debateId}", "/practices", "/profile", "/members" })
        {
            var page = await member.GetAsync(path);
            Assert.True(page.Status == HttpStatusCode.OK, $"{path} answered {(int)page.Status} without the webinars feature.");
        }
    }

    [Fact]
    public async Task Without_the_webinars_lines_the_demo_loads_everything_but_its_webinars_and_group_meetings()
    {
        await using var app = new WithoutWebinars(demo: true);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();

        Assert.Equal(0, await db.Webinars.CountAsync());
        Assert.Equal(3, await db.Debates.CountAsync(d => d.WorkingGroupId == null));
        Assert.True(await db.Set<WorkingGroup>().AnyAsync(), "The demo's working group should be seeded without the webinars feature.");
        Assert.Equal(2, await db.Set<Statement>().CountAsync());
    }
}
