using System.Net;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Administration;

[Collection(AppCollection.Name)]
public sealed class RolesAndAuditTests(CommunityAppFactory app)
{
    [Fact]
    public async Task An_admin_grants_and_removes_a_role_and_each_change_is_in_the_audit_log()
    {
        var member = await app.CreatePersonAsync("Future Moderator", Roles.Member);
        using var admin = new Browser(app);
        await admin.SignInAsync(await app.AdministratorAsync());

        var granted = await admin.SubmitAsync("/admin?q=Future", $"role-{member.Id}-{Roles.Moderator}", new Dictionary<string, string>());
        Assert.True(granted.IsRedirect, granted.Text);
        Assert.True(await InRoleAsync(member.Id, Roles.Moderator), "The member should be a moderator once the admin grants the role.");

        var removed = await admin.SubmitAsync("/admin?q=Future", $"role-{member.Id}-{Roles.Moderator}", new Dictionary<string, string>());
        Assert.True(removed.IsRedirect, removed.Text);
        Assert.False(await InRoleAsync(member.Id, Roles.Moderator), "The member should no longer be a moderator once the admin removes the role.");

        var audit = await admin.GetAsync("/admin/audit?action=role.&person=Future");
        Assert.Equal(HttpStatusCode.OK, audit.Status);
        Assert.Contains("role.granted", audit.Text);
        Assert.Contains("role.removed", audit.Text);
        var other = await admin.GetAsync("/admin/audit?action=application.&person=Future");
        Assert.DoesNotContain("role.granted", other.Text);
    }

    [Fact]
    public async Task A_moderator_cannot_change_roles_even_by_posting_the_form()
    {
        var moderator = await app.CreatePersonAsync("Sneaky Moderator", Roles.Member, Roles.Moderator);
        using var browser = new Browser(app);
        await browser.SignInAsync(moderator);
        var page = await browser.GetAsync("/admin");
        Assert.True(page.IsRedirect, $"A moderator opening /admin should be redirected to access denied, not answered {page.Status}.");
        Assert.Contains("AccessDenied", page.Location);
        Assert.False(await InRoleAsync(moderator.Id, Roles.Admin), "A moderator should not have become an administrator.");
    }

    [Fact]
    public async Task A_member_downloads_everything_held_about_them_as_json()
    {
        var member = await app.CreatePersonAsync("Exporting Member", Roles.Member);
        using var browser = new Browser(app);
        await browser.SignInAsync(member);
        using var response = await browser.Client.GetAsync("/profile/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(member.Email, json.RootElement.GetProperty("account").GetProperty("Email").GetString());
        Assert.Equal("Exporting Member", json.RootElement.GetProperty("profile").GetProperty("DisplayName").GetString());
        Assert.Contains("Member", json.RootElement.GetProperty("account").GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Deleting_an_account_removes_personal_data_and_keeps_a_former_member()
    {
        var member = await app.CreatePersonAsync("Leaving Member", Roles.Member);
        using var browser = new Browser(app);
        await browser.SignInAsync(member);
        var wrong = await browser.SubmitAsync("/Account/Manage/DeletePersonalData", "delete-user", new Dictionary<string, string> { ["Input.Password"] = "not my password" });
        Assert.Equal(HttpStatusCode.OK, wrong.Status);
        Assert.Contains("The password is not correct.", wrong.Text);

        var deleted = await browser.SubmitAsync("/Account/Manage/DeletePersonalData", "delete-user", new Dictionary<string, string> { ["Input.Password"] = member.Password });
        Assert.True(deleted.IsRedirect, deleted.Text);

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(member.Id);
        Assert.NotNull(user);
        Assert.Equal(MemberCard.FormerMember, user.DisplayName);
        Assert.NotEqual(member.Email, user.Email);
        Assert.Null(user.PasswordHash);
        Assert.Null(await users.FindByEmailAsync(member.Email));
        Assert.Empty(await users.GetRolesAsync(user));
    }

    private async Task<bool> InRoleAsync(string userId, string role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.IsInRoleAsync((await users.FindByIdAsync(userId))!, role);
    }
}
