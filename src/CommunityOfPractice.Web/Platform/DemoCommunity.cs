using System.Text.Json;
using System.Text.Json.Serialization;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using Microsoft.AspNetCore.Identity;

namespace CommunityOfPractice.Web.Platform;

/// <summary>Loads the demo community from <c>samples/demo/community.json</c>: idempotent, keyed by email.</summary>
internal sealed class DemoCommunity(CommunityDbContext db, UserManager<AppUser> users, TimeProvider clock, ILogger<DemoCommunity> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task LoadAsync(string contentRoot, string? configuredPath)
    {
        var path = configuredPath is { Length: > 0 } ? configuredPath : Find(contentRoot);
        if (path is null || !File.Exists(path))
        {
            logger.LogWarning("Demo data was requested but samples/demo/community.json was not found.");
            return;
        }
        var demo = JsonSerializer.Deserialize<DemoFile>(await File.ReadAllTextAsync(path), Json)
            ?? throw new InvalidOperationException($"{path} is empty.");
        var now = clock.GetUtcNow();
        var added = 0;
        foreach (var member in demo.Members)
        {
            if (await users.FindByEmailAsync(member.Email) is not null)
            {
                continue;
            }
            var user = new AppUser
            {
                UserName = member.Email,
                Email = member.Email,
                EmailConfirmed = true,
                DisplayName = member.DisplayName,
                Category = member.Category,
                NcdAreas = member.NcdAreas,
                CountryCode = member.CountryCode,
                Organisation = member.Organisation,
                Bio = member.Bio,
                PreferredLanguage = member.Language,
                TimeZoneId = member.TimeZone,
                ShowCategory = !MemberVisibility.IsHealthRelated(member.Category) || member.ShowCategory,
                JoinedAt = now,
            };
            var created = await users.CreateAsync(user, demo.Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo member {member.Email}: " + string.Join(" ", created.Errors.Select(e => e.Description)));
            }
            var status = member.Pending ? ApplicationStatus.Pending : ApplicationStatus.Approved;
            db.MembershipApplications.Add(new MembershipApplication
            {
                UserId = user.Id,
                Motivation = member.Motivation,
                Status = status,
                SubmittedAt = now,
                EmailConfirmedAt = now,
                DecidedAt = member.Pending ? null : now,
                CodeOfConductVersion = PolicyVersions.CodeOfConduct,
                CodeOfConductAcceptedAt = now,
                PrivacyNoticeVersion = PolicyVersions.PrivacyNotice,
                PrivacyNoticeAcceptedAt = now,
            });
            await db.SaveChangesAsync();
            if (!member.Pending)
            {
                await users.AddToRolesAsync(user, [Roles.Member, .. member.Roles ?? []]);
            }
            added++;
        }
        logger.LogInformation("Demo community loaded: {Added} new members from {Path}.", added, path);
    }

    private static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "demo", "community.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    private sealed record DemoFile(string Password, List<DemoMember> Members);

    private sealed record DemoMember(
        string Email, string DisplayName, StakeholderCategory Category, NcdAreas NcdAreas, string CountryCode,
        string? Organisation, string? Bio, string Language, string TimeZone, string Motivation,
        bool ShowCategory = false, bool Pending = false, string[]? Roles = null);
}
