using System.Net;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Platform;

/// <summary>
/// Every route against every role. Keep this table current as routes are added: a route missing here
/// is a route nobody checked.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class RouteAuthorizationTests(CommunityAppFactory app)
{
    public enum Outcome
    {
        /// <summary>200.</summary>
        Allowed,
        /// <summary>Redirected to sign in.</summary>
        SignIn,
        /// <summary>A pending applicant is sent to their application's status.</summary>
        Application,
        /// <summary>Signed in, but not allowed: redirected to the access-denied page.</summary>
        Denied,
        /// <summary>Staff role without an authenticator app: sent to set one up.</summary>
        TwoFactorSetup,
        /// <summary>404: past the policy, but the thing is not there for them (a working group's space for a non-member), switched off, or not there at all.</summary>
        NotFound,
    }

    public enum Who { Anonymous, Pending, Member, Moderator, Coordinator, Admin, ModeratorWithout2fa }

    private static readonly Dictionary<string, Dictionary<Who, Outcome>> Table = new()
    {
        ["/"] = Everyone(Outcome.Allowed),
        ["/join"] = Everyone(Outcome.Allowed),
        ["/join/sent"] = Everyone(Outcome.Allowed),
        ["/code-of-conduct"] = Everyone(Outcome.Allowed),
        ["/privacy"] = Everyone(Outcome.Allowed),
        ["/health"] = Everyone(Outcome.Allowed),
        ["/Account/Login"] = Everyone(Outcome.Allowed),
        ["/Account/ForgotPassword"] = Everyone(Outcome.Allowed),
        ["/setup"] = Everyone(Outcome.Allowed),
        ["/application"] = SignedIn(Outcome.Allowed),
        ["/Account/Manage"] = SignedIn(Outcome.Allowed),
        ["/profile/export"] = SignedIn(Outcome.Allowed),
        ["/members"] = Members(),
        ["/debates"] = Members(),
        ["/debates/999999"] = Members(),
        ["/debates/new"] = Staff(Who.Moderator, Who.Admin),
        ["/webinars"] = Members(),
        ["/webinars/999999"] = NotThere(Members()),
        ["/webinars/new"] = Staff(Who.Moderator, Who.Admin),
        // Members' policy, the check inside: moderators change any webinar, a group's chair its meetings (GroupMeetingTests).
        ["/webinars/999999/edit"] = NotThere(Members()),
        ["/webinars/999999/registrants"] = Staff(Who.Moderator, Who.Admin),
        ["/webinars/999999/registrants.csv"] = Staff(Who.Moderator, Who.Admin),
        ["/events"] = Members(),
        ["/practices"] = Everyone(Outcome.Allowed),
        ["/practices/feed.atom"] = Everyone(Outcome.Allowed),
        ["/api/practices"] = Everyone(Outcome.Allowed),
        ["/openapi/v1.json"] = Everyone(Outcome.Allowed),
        ["/standards"] = Members(),
        ["/standards/new"] = Staff(Who.Coordinator, Who.Admin),
        ["/standards/no-such-standard/draft"] = Staff(Who.Coordinator, Who.Admin),
        ["/standards/no-such-standard/answers"] = Staff(Who.Coordinator, Who.Admin),
        ["/standards/no-such-standard/consult"] = Members(),
        ["/practices/submit"] = Members(),
        ["/practices/mine"] = Members(),
        ["/moderation/practices/999999"] = Staff(Who.Moderator, Who.Admin),
        ["/api/standards"] = Everyone(Outcome.Allowed),
        ["/standards/no-such-standard/endorse"] = Members(),
        ["/standards/endorsements"] = Staff(Who.Coordinator, Who.Admin),
        ["/standards/moderation"] = Staff(Who.Moderator, Who.Coordinator, Who.Admin),
        ["/standards/no-such-standard/flag/comment/999999"] = Members(),
        ["/standards/rounds/999999/sections/999999/counts"] = NotThere(Members()),
        ["/groups"] = Members(),
        ["/groups/new"] = Staff(Who.Coordinator, Who.Admin),
        ["/groups/999999"] = NotThere(Members()),
        ["/groups/999999/edit"] = NotThere(Staff(Who.Coordinator, Who.Admin)),
        ["/groups/999999/apply"] = NotThere(Members()),
        ["/groups/999999/debates/new"] = NotThere(Members()),
        ["/groups/999999/meetings/new"] = NotThere(Members()),
        ["/groups/999999/documents/new"] = NotThere(Members()),
        ["/groups/999999/documents/999999"] = NotThere(Members()),
        ["/groups/999999/documents/999999/v1"] = NotThere(Members()),
        ["/groups/999999/documents/999999/compare"] = NotThere(Members()),
        ["/profile"] = Members(),
        ["/moderation"] = Staff(Who.Moderator, Who.Admin),
        ["/admin"] = Staff(Who.Admin),
        ["/admin/audit"] = Staff(Who.Admin),
        ["/admin/mail"] = Staff(Who.Admin),
        ["/admin/themes"] = Staff(Who.Admin),
        ["/hangfire"] = Staff(Who.Admin),
        ["/organisations"] = Members(),
        ["/organisations/join"] = Members(),
        ["/organisations/mine"] = Members(),
        ["/organisations/999999"] = Members(),
        ["/organisations/applications/999999"] = Members(),
        ["/organisations/review"] = Staff(Who.Moderator, Who.Admin),
        ["/organisations/review/999999"] = Staff(Who.Moderator, Who.Admin),
        ["/organisations/review/999999/letter"] = NotThere(Staff(Who.Moderator, Who.Admin)),
        ["/organisations/settings"] = Staff(Who.Coordinator, Who.Admin),
        // Off until the coordinating body turns it on (OrganisationDirectoryTests turns it on, and off again).
        ["/organisations/summary"] = Everyone(Outcome.NotFound),
        ["/statements"] = Everyone(Outcome.Allowed),
        ["/statements/new"] = Members(),
        ["/statements/no-such-statement"] = Everyone(Outcome.NotFound),
        ["/statements/no-such-statement/sign"] = Members(),
        ["/statements/no-such-statement/edit"] = Members(),
        ["/statements/no-such-statement/toolkit/999999"] = Everyone(Outcome.NotFound),
        ["/api/statements"] = Everyone(Outcome.Allowed),
        ["/api/statements/no-such-statement"] = Everyone(Outcome.NotFound),
    };

    public static TheoryData<string, Who> Cases()
    {
        var data = new TheoryData<string, Who>();
        foreach (var route in Table.Keys)
        {
            foreach (var who in Enum.GetValues<Who>())
            {
                data.Add(route, who);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_route_answers_each_role_as_the_table_says(string route, Who who)
    {
        var expected = Table[route][who];
        using var browser = new Browser(app);
        var person = who switch
        {
            Who.Anonymous => null,
            Who.Pending => await app.CreatePersonAsync("Pending Person"),
            Who.Member => await app.CreatePersonAsync("Member Person", Roles.Member),
            Who.Moderator => await app.CreatePersonAsync("Moderator Person", Roles.Member, Roles.Moderator),
            Who.Coordinator => await app.CreatePersonAsync("Coordinator Person", Roles.Member, Roles.Coordinator),
            Who.Admin => await app.CreatePersonAsync("Admin Person", Roles.Member, Roles.Admin),
            _ => await app.CreateStaffWithoutTwoFactorAsync("Moderator No2fa", Roles.Moderator),
        };
        if (person is not null)
        {
            await browser.SignInAsync(person);
        }

        var page = await browser.GetAsync(route);
        var where = $"{route} as {who}: {(int)page.Status} {page.Location}";
        switch (expected)
        {
            case Outcome.Allowed:
                Assert.True(page.Status == HttpStatusCode.OK, where);
                break;
            case Outcome.SignIn:
                Assert.True(page.IsRedirect && page.Location!.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase), where);
                break;
            case Outcome.Application:
                Assert.True(page.IsRedirect && page.Location!.EndsWith("/application", StringComparison.Ordinal), where);
                break;
            case Outcome.Denied:
                Assert.True((page.IsRedirect && page.Location!.Contains("/Account/AccessDenied", StringComparison.OrdinalIgnoreCase)) || page.Status == HttpStatusCode.Forbidden, where);
                break;
            case Outcome.NotFound:
                Assert.True(page.Status == HttpStatusCode.NotFound, where);
                break;
            case Outcome.TwoFactorSetup:
                Assert.True(page.IsRedirect && page.Location!.Contains("/Account/Manage/TwoFactorAuthentication", StringComparison.OrdinalIgnoreCase), where);
                break;
        }
    }

    /// <summary>Who passes <paramref name="rule"/> finds nothing there (an unknown group, or one they are not in).</summary>
    private static Dictionary<Who, Outcome> NotThere(Dictionary<Who, Outcome> rule) =>
        rule.ToDictionary(r => r.Key, r => r.Value == Outcome.Allowed ? Outcome.NotFound : r.Value);

    private static Dictionary<Who, Outcome> Everyone(Outcome outcome) => Enum.GetValues<Who>().ToDictionary(w => w, _ => outcome);

    private static Dictionary<Who, Outcome> SignedIn(Outcome outcome) =>
        Enum.GetValues<Who>().ToDictionary(w => w, w => w == Who.Anonymous ? Outcome.SignIn : outcome);

    private static Dictionary<Who, Outcome> Members() => Enum.GetValues<Who>().ToDictionary(w => w, w => w switch
    {
        Who.Anonymous => Outcome.SignIn,
        Who.Pending => Outcome.Application,
        _ => Outcome.Allowed,
    });

    private static Dictionary<Who, Outcome> Staff(params Who[] allowed) => Enum.GetValues<Who>().ToDictionary(w => w, w => w switch
    {
        Who.Anonymous => Outcome.SignIn,
        Who.Pending => Outcome.Application,
        Who.ModeratorWithout2fa => Outcome.TwoFactorSetup,
        _ when allowed.Contains(w) => Outcome.Allowed,
        _ => Outcome.Denied,
    });
}
