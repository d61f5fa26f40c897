using System.Text.Json;
using System.Text.Json.Serialization;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Content;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Practices;
using CommunityOfPractice.Features.Webinars;
using CommunityOfPractice.Web.Features.Organisations;
using CommunityOfPractice.Web.Features.Standards;
using CommunityOfPractice.Web.Features.Statements;
using CommunityOfPractice.Web.Features.Webinars;
using CommunityOfPractice.Web.Features.WorkingGroups;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;

namespace CommunityOfPractice.Web.Platform;

/// <summary>Loads the demo community from <c>samples/demo/community.json</c>: idempotent, keyed by email.</summary>
internal sealed class DemoCommunity(CommunityDbContext db, UserManager<AppUser> users, MarkdownRenderer markdown, IDebateScheduler scheduler, PracticeSearchIndex practiceIndex, IPracticePublication practicePublication, DemoStandards demoStandards, IServiceProvider services, TimeProvider clock, ILogger<DemoCommunity> logger)
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
        var debates = 0;
        foreach (var demoDebate in demo.Debates ?? [])
        {
            if (await AddDebateAsync(demoDebate, now))
            {
                debates++;
            }
        }
        var webinars = 0;
        foreach (var demoWebinar in demo.Webinars ?? [])
        {
            if (await AddWebinarAsync(demoWebinar, now))
            {
                webinars++;
            }
        }
        var practices = 0;
        foreach (var demoPractice in demo.Practices ?? [])
        {
            if (await AddPracticeAsync(demoPractice, now))
            {
                practices++;
            }
        }
        if (practices > 0)
        {
            await practicePublication.ChangedAsync();
        }
        var standards = 0;
        foreach (var demoStandard in demo.Standards ?? [])
        {
            if (await demoStandards.AddAsync(demoStandard))
            {
                standards++;
            }
        }
        var organisations = 0;
        // Only when the organisations feature is registered: without it, the demo has no organisations.
        if (services.GetService<DemoOrganisations>() is { } demoOrganisations)
        {
            foreach (var demoOrganisation in demo.Organisations ?? [])
            {
                if (await demoOrganisations.AddAsync(demoOrganisation))
                {
                    organisations++;
                }
            }
        }
        var groups = 0;
        // Only when the working groups feature is registered: without it, the demo has no groups.
        if (services.GetService<DemoWorkingGroups>() is { } demoWorkingGroups)
        {
            foreach (var demoGroup in demo.WorkingGroups ?? [])
            {
                if (await demoWorkingGroups.AddAsync(demoGroup))
                {
                    groups++;
                }
            }
        }
        var meetings = 0;
        // Only when the webinars feature is registered (a group's meetings are webinars): without it, no group has meetings.
        if (services.GetService<DemoGroupMeetings>() is { } demoGroupMeetings)
        {
            foreach (var demoMeeting in demo.GroupMeetings ?? [])
            {
                if (await demoGroupMeetings.AddAsync(demoMeeting))
                {
                    meetings++;
                }
            }
        }
        var statements = 0;
        // Only when the statements feature is registered: without it, the demo has no statements.
        if (services.GetService<DemoStatements>() is { } demoStatements)
        {
            foreach (var demoStatement in demo.Statements ?? [])
            {
                if (await demoStatements.AddAsync(demoStatement))
                {
                    statements++;
                }
            }
        }
        logger.LogInformation("Demo community loaded: {Added} new members, {Debates} debates, {Webinars} webinars, {Practices} good practices, {Standards} standards, {Organisations} organisations, {Groups} working groups, {Meetings} group meetings and {Statements} statements from {Path}.",
            added, debates, webinars, practices, standards, organisations, groups, meetings, statements, path);
    }

    private async Task<bool> AddDebateAsync(DemoDebate demo, DateTimeOffset now)
    {
        if (await db.Debates.AnyAsync(d => d.Title == demo.Title))
        {
            return false;
        }
        var moderator = await users.FindByEmailAsync(demo.ModeratorEmail) ?? throw new InvalidOperationException($"Demo debate moderator {demo.ModeratorEmail} is not a demo member.");
        var opensAt = demo.OpensAt ?? now.AddDays(demo.OpensInDays ?? 0);
        var debate = new Debate
        {
            Title = demo.Title,
            Summary = demo.Summary,
            Context = demo.Context ?? "",
            OpensAt = opensAt,
            ClosesAt = demo.ClosesAt ?? opensAt.AddDays(demo.LastsDays ?? 5),
            ModerationMode = ModerationMode.PostModeration,
            IsPublished = true,
            CreatedById = moderator.Id,
            CreatedAt = now,
            Questions = demo.Questions.Select((q, i) => new GuidingQuestion { Order = i + 1, Text = q }).ToList(),
        };
        db.Debates.Add(debate);
        await db.SaveChangesAsync();
        var posted = new List<Post>();
        // Posts an hour apart from the opening, closer together if there are many, and all over two minutes ago: a demo
        // member's posting limit (ten a minute) is not used up by the posts written for them.
        var lastAt = now.AddMinutes(-2);
        var step = lastAt > debate.OpensAt ? TimeSpan.FromTicks(Math.Min(TimeSpan.FromHours(1).Ticks, (lastAt - debate.OpensAt).Ticks / Math.Max(1, demo.Posts?.Count ?? 1))) : TimeSpan.Zero;
        foreach (var (demoPost, index) in (demo.Posts ?? []).Select((p, i) => (p, i)))
        {
            var author = await users.FindByEmailAsync(demoPost.AuthorEmail) ?? throw new InvalidOperationException($"Demo post author {demoPost.AuthorEmail} is not a demo member.");
            var parent = demoPost.ReplyTo is { } replyTo ? posted[replyTo] : null;
            var post = new Post
            {
                DebateId = debate.Id,
                AuthorId = author.Id,
                ParentId = parent?.Id,
                Depth = parent is null ? 1 : parent.Depth + 1,
                QuestionId = parent?.QuestionId ?? (demoPost.Question is { } q ? debate.Questions[q - 1].Id : null),
                Markdown = demoPost.Markdown,
                Html = markdown.ToSafeHtml(demoPost.Markdown),
                Consent = author.DefaultQuotingConsent,
                Status = PostStatus.Published,
                CreatedAt = step > TimeSpan.Zero ? debate.OpensAt + (step * (index + 1)) : now,
            };
            db.Posts.Add(post);
            await db.SaveChangesAsync();
            posted.Add(post);
        }
        scheduler.ScheduleTransitions(debate, now);
        return true;
    }

    private async Task<bool> AddWebinarAsync(DemoWebinar demo, DateTimeOffset now)
    {
        if (await db.Webinars.AnyAsync(w => w.Title == demo.Title))
        {
            return false;
        }
        var host = await users.FindByEmailAsync(demo.ModeratorEmail) ?? throw new InvalidOperationException($"Demo webinar host {demo.ModeratorEmail} is not a demo member.");
        var startsAt = demo.StartsAt ?? now.Date.AddDays(demo.StartsInDays ?? 1).AddHours(12);
        var debateId = demo.DebateTitle is { } title ? await db.Debates.Where(d => d.Title == title).Select(d => (int?)d.Id).SingleOrDefaultAsync() : null;
        db.Webinars.Add(new Webinar
        {
            Title = demo.Title,
            Description = demo.Description,
            StartsAt = startsAt,
            EndsAt = startsAt.AddMinutes(demo.Minutes),
            RegistrationDeadline = startsAt,
            Languages = demo.Languages,
            AccessibilityNotes = demo.AccessibilityNotes,
            Capacity = demo.Capacity,
            MeetingUrl = demo.MeetingUrl,
            DebateId = debateId,
            CreatedById = host.Id,
            CreatedAt = now,
            Speakers = demo.Speakers.Select((name, i) => new WebinarSpeaker { Order = i + 1, Name = name }).ToList(),
            RecordingUrl = demo.RecordingUrl,
            Summary = demo.Summary,
            FollowUpAt = demo.RecordingUrl is null && demo.Summary is null ? null : startsAt.AddDays(1),
        });
        await db.SaveChangesAsync();
        return true;
    }

    /// <summary>An entry submitted by a demo member, published (with its first revision and search entry) or waiting for a curator.</summary>
    private async Task<bool> AddPracticeAsync(DemoPractice demo, DateTimeOffset now)
    {
        if (await db.Practices.AnyAsync(p => p.Content.Title == demo.Title))
        {
            return false;
        }
        var submitter = await users.FindByEmailAsync(demo.SubmitterEmail) ?? throw new InvalidOperationException($"Demo practice submitter {demo.SubmitterEmail} is not a demo member.");
        var themes = await db.PracticeThemes.Where(t => demo.Themes.Contains(t.NameEn)).Select(t => t.Id).ToListAsync();
        var content = new PracticeContent
        {
            Title = demo.Title, Summary = demo.Summary, Body = demo.Body, Language = demo.Language,
            Countries = string.Join(',', demo.Countries), NcdAreas = demo.NcdAreas, Involvement = demo.Involvement,
            Themes = string.Join(',', themes), Tags = string.Join(',', demo.Tags), Organisations = string.Join('\n', demo.Organisations ?? []),
            YearFrom = demo.YearFrom, YearTo = demo.YearTo ?? demo.YearFrom, Links = string.Join('\n', demo.Links ?? []),
        };
        var published = demo.Status == PracticeStatus.Published;
        var practice = new Practice
        {
            Slug = published ? await PracticeSlug.UniqueAsync(db, demo.Title, 0, CancellationToken.None) : "draft-" + Guid.NewGuid().ToString("N"),
            SubmitterId = submitter.Id, Status = demo.Status, Content = content, CreatedAt = now, UpdatedAt = now, SubmittedAt = now,
            FirstPublishedAt = published ? now : null,
        };
        if (demo.TranslationOf is { } original && await db.Practices.SingleOrDefaultAsync(p => p.Content.Title == original) is { } translated)
        {
            translated.TranslationGroupId ??= translated.Id;
            practice.TranslationGroupId = translated.TranslationGroupId;
        }
        db.Practices.Add(practice);
        await db.SaveChangesAsync();
        if (published)
        {
            var revision = new PracticeRevision { PracticeId = practice.Id, Number = 1, Content = content.Copy(), PublishedAt = now, PublishedById = submitter.Id };
            db.PracticeRevisions.Add(revision);
            await db.SaveChangesAsync();
            practice.PublicRevisionId = revision.Id;
            await db.SaveChangesAsync();
            await practiceIndex.UpsertAsync(practice.Id, content);
        }
        return true;
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

    private sealed record DemoFile(string Password, List<DemoMember> Members, List<DemoDebate>? Debates = null, List<DemoWebinar>? Webinars = null, List<DemoPractice>? Practices = null,
        List<DemoStandard>? Standards = null, List<DemoOrganisation>? Organisations = null, List<DemoWorkingGroup>? WorkingGroups = null,
        List<DemoStatement>? Statements = null, List<DemoGroupMeeting>? GroupMeetings = null);

    /// <summary>A good practice; <c>Themes</c> are English theme names, <c>TranslationOf</c> the title of the entry it translates.</summary>
    private sealed record DemoPractice(
        string Title, string Summary, string Body, string Language, string SubmitterEmail, string[] Countries, NcdAreas NcdAreas,
        InvolvementTypes Involvement, string[] Themes, string[] Tags, PracticeStatus Status, string[]? Organisations = null,
        int? YearFrom = null, int? YearTo = null, string[]? Links = null, string? TranslationOf = null);

    /// <summary>A webinar at a fixed instant, or at noon UTC <c>StartsInDays</c> from today.</summary>
    private sealed record DemoWebinar(
        string Title, string Description, string ModeratorEmail, string[] Speakers, string MeetingUrl, int Minutes = 60,
        DateTimeOffset? StartsAt = null, int? StartsInDays = null, int? Capacity = null, string? Languages = null,
        string? AccessibilityNotes = null, string? DebateTitle = null, string? RecordingUrl = null, string? Summary = null);

    /// <summary>A debate at fixed dates (the seed's 2018 sequence) or relative to today (<c>OpensInDays</c>).</summary>
    private sealed record DemoDebate(
        string Title, string Summary, string? Context, string ModeratorEmail, string[] Questions,
        DateTimeOffset? OpensAt = null, DateTimeOffset? ClosesAt = null, double? OpensInDays = null, double? LastsDays = null,
        List<DemoPost>? Posts = null);

    private sealed record DemoPost(string AuthorEmail, string Markdown, int? ReplyTo = null, int? Question = null);

    private sealed record DemoMember(
        string Email, string DisplayName, StakeholderCategory Category, NcdAreas NcdAreas, string CountryCode,
        string? Organisation, string? Bio, string Language, string TimeZone, string Motivation,
        bool ShowCategory = false, bool Pending = false, string[]? Roles = null);
}
