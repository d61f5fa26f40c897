using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Practices;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Practices;

/// <summary>Admins keep the controlled list of themes that submitters choose from.</summary>
[Collection(AppCollection.Name)]
public sealed class ThemeTests(CommunityAppFactory app)
{
    [Fact]
    public async Task An_admin_adds_renames_reorders_and_retires_a_theme()
    {
        var admin = await app.AdministratorAsync();
        using var browser = new Browser(app);
        await browser.SignInAsync(admin);
        var name = $"Digital tools {Guid.NewGuid():N}"[..22];

        // Bad input: a missing translation is refused, the typed names are kept, nothing is added.
        var refused = await browser.SubmitAsync("/admin/themes", "themes", new Dictionary<string, string> { ["action"] = "Add", ["en-new"] = name, ["fr-new"] = "Outils numériques", ["es-new"] = " " });
        Assert.Contains("Name the theme in each language", refused.Text);
        Assert.Contains($"value=\"{name}\"", refused.Html);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        Assert.False(await db.PracticeThemes.AnyAsync(t => t.NameEn == name),
            $"The theme \"{name}\", refused for its missing translation, should not have been saved.");

        var added = await browser.SubmitAsync("/admin/themes", "themes", new Dictionary<string, string> { ["action"] = "Add", ["en-new"] = name, ["fr-new"] = "Outils numériques", ["es-new"] = "Herramientas digitales" });
        Assert.True(added.IsRedirect, added.Html);
        var theme = await db.PracticeThemes.AsNoTracking().SingleAsync(t => t.NameEn == name);
        var duplicate = await browser.SubmitAsync("/admin/themes", "themes", new Dictionary<string, string> { ["action"] = "Add", ["en-new"] = name.ToUpperInvariant(), ["fr-new"] = "x", ["es-new"] = "y" });
        Assert.Contains("A theme with this name already exists.", duplicate.Text);

        var movedUp = await browser.SubmitAsync("/admin/themes", "themes", new Dictionary<string, string> { ["action"] = $"Up:{theme.Id}" });
        Assert.True(movedUp.IsRedirect, $"Moving the theme up should redirect, not answer {movedUp.Status}:\n{movedUp.Html}");
        var moved = await db.PracticeThemes.AsNoTracking().OrderBy(t => t.Order).ThenBy(t => t.Id).Select(t => t.Id).ToListAsync();
        Assert.Equal(moved.Count - 2, moved.IndexOf(theme.Id));

        var renamed = await browser.SubmitAsync("/admin/themes", "themes", new Dictionary<string, string>
        {
            ["action"] = $"Save:{theme.Id}", [$"en-{theme.Id}"] = name + " and data", [$"fr-{theme.Id}"] = "Outils et données", [$"es-{theme.Id}"] = "Herramientas y datos",
        });
        Assert.True(renamed.IsRedirect, renamed.Html);

        using var member = new Browser(app);
        await member.SignInAsync(await app.CreatePersonAsync("Theme Chooser", Roles.Member));
        Assert.Contains(name + " and data", (await member.GetAsync("/practices/submit")).Text);
        var retired = await browser.SubmitAsync("/admin/themes", "themes", new Dictionary<string, string> { ["action"] = $"Retire:{theme.Id}" });
        Assert.True(retired.IsRedirect, $"Retiring the theme should redirect, not answer {retired.Status}:\n{retired.Html}");
        Assert.DoesNotContain(name, (await member.GetAsync("/practices/submit")).Text);
        Assert.Contains(await db.AuditEntries.AsNoTracking().Where(a => a.Action.StartsWith("practice.theme")).Select(a => a.Action).ToListAsync(), a => a == "practice.theme-retire");
    }

    [Fact]
    public async Task A_renamed_theme_is_renamed_on_the_public_list_at_once()
    {
        var admin = await app.AdministratorAsync();
        using var browser = new Browser(app);
        await browser.SignInAsync(admin);
        var name = $"Theme {Guid.NewGuid():N}"[..18];
        var added = await browser.SubmitAsync("/admin/themes", "themes", new Dictionary<string, string> { ["action"] = "Add", ["en-new"] = name, ["fr-new"] = name, ["es-new"] = name });
        Assert.True(added.IsRedirect, $"Adding the theme should redirect, not answer {added.Status}:\n{added.Html}");
        await using var scope = app.Services.CreateAsyncScope();
        var theme = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().PracticeThemes.AsNoTracking().SingleAsync(t => t.NameEn == name);
        var command = PracticeSetup.Command($"Themed practice {name}");
        command.Themes = [theme.Id];
        await PracticeSetup.CreateAsync(app, await app.CreatePersonAsync("Theme Submitter", Roles.Member), await PracticeSetup.CuratorAsync(app), command, true, PracticeReviewAction.Published);

        // A visitor's view of the list is cached; renaming the theme must not leave the old name in it.
        using var visitor = new Browser(app);
        var path = $"/practices?theme={theme.Id}";
        Assert.Contains(name, (await visitor.GetAsync(path)).Text);
        Assert.Contains(name, (await visitor.GetAsync(path)).Text);
        var renamed = await browser.SubmitAsync("/admin/themes", "themes", new Dictionary<string, string>
        {
            ["action"] = $"Save:{theme.Id}", [$"en-{theme.Id}"] = name + " renamed", [$"fr-{theme.Id}"] = name, [$"es-{theme.Id}"] = name,
        });
        Assert.True(renamed.IsRedirect, $"Renaming the theme should redirect, not answer {renamed.Status}:\n{renamed.Html}");
        var after = await visitor.GetAsync(path);
        Assert.Contains(name + " renamed", after.Text);
        Assert.Contains("1 entry", after.Text);
    }
}
