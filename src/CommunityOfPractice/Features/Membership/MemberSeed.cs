using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Setup;
using Microsoft.AspNetCore.Identity;

namespace CommunityOfPractice.Features.Membership;

/// <summary>
/// The demo's members (<c>members</c> in <c>samples/demo/community.json</c>), idempotent by email, who join as anyone does:
/// each applies on the join form, confirms their address and fills in their profile; once all have, the demo's moderator
/// approves every application but the pending ones.
/// </summary>
internal sealed class MemberSeed(
    UserManager<AppUser> users, SubmitApplication submit, ConfirmApplicationEmail confirm, UpdateProfile profile, DecideOnApplication decide,
    ApplicationQueue queue, IServiceProvider services) : DemoSeed<DemoMember>(services, "members", order: 10)
{
    protected override async Task<bool> SkipsAsync(DemoMember demo, CancellationToken cancellationToken) =>
        await users.FindByEmailAsync(demo.Email) is not null;

    protected override async Task AddAsync(DemoMember demo, DemoSeedContext context, CancellationToken cancellationToken)
    {
        Check(await submit.HandleAsync(new JoinCommand
        {
            DisplayName = demo.DisplayName, Email = demo.Email, Password = context.Password, Category = demo.Category, NcdAreas = demo.NcdAreas,
            CountryCode = demo.CountryCode, Organisation = demo.Organisation, Motivation = demo.Motivation, PreferredLanguage = demo.Language,
            TimeZoneId = demo.TimeZone, AcceptsCodeOfConduct = true, AcceptsPrivacyNotice = true,
        }, cancellationToken), demo.Email);
        var user = await MemberAsync(demo.Email);
        if (!await confirm.HandleAsync(user.Id, await users.GenerateEmailConfirmationTokenAsync(user), cancellationToken))
        {
            throw new InvalidOperationException($"Demo members: {demo.Email} could not confirm their address.");
        }
        var changes = ProfileCommand.From(user);
        changes.Bio = demo.Bio;
        changes.ShowCategory |= demo.ShowCategory;
        Check(await profile.HandleAsync(user.Id, changes, cancellationToken), demo.Email);
        if (demo.Roles is { Length: > 0 } roles)
        {
            // No administrator exists yet to grant staff roles (ChangeRoles): the demo's staff get theirs as the first administrator does.
            var granted = await users.AddToRolesAsync(user, roles);
            if (!granted.Succeeded)
            {
                throw new InvalidOperationException($"Demo members: {demo.Email}: " + string.Join(" ", granted.Errors.Select(e => e.Description)));
            }
        }
    }

    protected override async Task FinishAsync(IReadOnlyList<DemoMember> added, DemoSeedContext context, CancellationToken cancellationToken)
    {
        var approved = added.Where(m => !m.Pending).ToList();
        if (approved.Count == 0)
        {
            return;
        }
        var moderator = await ModeratorAsync();
        foreach (var demo in approved)
        {
            var user = await MemberAsync(demo.Email);
            var application = await queue.ForUserAsync(user.Id, cancellationToken) ?? throw new InvalidOperationException($"Demo members: {demo.Email} has no application.");
            Check(await decide.HandleAsync(moderator, application.Id, ApplicationDecision.Approve, null, cancellationToken), demo.Email);
        }
    }
}
