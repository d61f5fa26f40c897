using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Organisations;
using CommunityOfPractice.Features.Statements;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.Benchmarks;

/// <summary>
/// Issue 19's measure on a fresh database: 1,000 approved organisations across every country and kind, 200 published
/// statements and 50,000 signatures spread over them, and a member (bench-member@bench.example.org, password
/// <see cref="Password"/>) who signs in to load the members' directory.
/// </summary>
public static class StatementSeed
{
    public const string Password = "bench lantern orchard 2026";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: statements-seed <sqlite-file> [organisations=1000] [statements=200] [signatures=50000]");
            return 2;
        }
        var organisationCount = args.Length > 1 && int.TryParse(args[1], out var o) ? o : 1000;
        var statementCount = args.Length > 2 && int.TryParse(args[2], out var s) ? s : 200;
        var signatureCount = args.Length > 3 && int.TryParse(args[3], out var g) ? g : 50_000;
        var services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddLogging()
            .AddCommunityData(DatabaseProvider.Sqlite, $"Data Source={args[0]}")
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        await DatabaseMigrator.MigrateAsync(db);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var role = await db.Roles.SingleOrDefaultAsync(r => r.Name == Roles.Member);
        if (role is null)
        {
            role = new IdentityRole { Name = Roles.Member, NormalizedName = Roles.Member.ToUpperInvariant() };
            db.Roles.Add(role);
        }
        var member = new AppUser
        {
            UserName = "bench-member@bench.example.org", NormalizedUserName = "BENCH-MEMBER@BENCH.EXAMPLE.ORG", Email = "bench-member@bench.example.org",
            NormalizedEmail = "BENCH-MEMBER@BENCH.EXAMPLE.ORG", EmailConfirmed = true, DisplayName = "Bench member", CountryCode = "KE", TimeZoneId = "UTC",
            SecurityStamp = Guid.NewGuid().ToString("N"), JoinedAt = DateTimeOffset.UtcNow,
        };
        member.PasswordHash = new PasswordHasher<AppUser>().HashPassword(member, Password);
        db.Users.Add(member);
        await db.SaveChangesAsync();
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = member.Id, RoleId = role.Id });
        db.MembershipApplications.Add(new MembershipApplication { UserId = member.Id, Status = ApplicationStatus.Approved, SubmittedAt = DateTimeOffset.UtcNow, DecidedAt = DateTimeOffset.UtcNow });

        var random = new Random(19);
        var kinds = Enum.GetValues<OrganisationKind>();
        var areas = Enum.GetValues<NcdAreas>().Where(a => a != NcdAreas.None).ToArray();
        var now = DateTimeOffset.UtcNow;
        var organisations = Enumerable.Range(0, organisationCount).Select(i =>
        {
            var country = CountryCatalog.All[random.Next(CountryCatalog.All.Count)];
            var name = $"Bench organisation {i:D4} of {country.Code}";
            return new Organisation
            {
                Name = name, FoldedName = OrganisationName.Fold(name), Kind = kinds[random.Next(kinds.Length)], CountryCode = country.Code, Region = country.Region,
                Website = $"https://org{i}.example.org", NcdAreas = areas[random.Next(areas.Length)] | areas[random.Next(areas.Length)], LetterFile = $"bench-{i}.pdf",
                Status = OrganisationStatus.Approved, ApplicantId = member.Id, SubmittedAt = now.AddDays(-400), DecidedAt = now.AddDays(-399),
                Representatives = [new OrganisationRepresentative { UserId = member.Id, AddedAt = now.AddDays(-399) }],
            };
        }).ToList();
        db.Organisations.AddRange(organisations);
        await db.SaveChangesAsync();

        var perStatement = signatureCount / statementCount;
        for (var i = 0; i < statementCount; i++)
        {
            var closes = now.AddDays(-1 - i);
            var statement = new Statement
            {
                Slug = $"benchmark-statement-{i}", Title = $"Benchmark statement {i}: essential NCD medicines within reach",
                Markdown = string.Join("\n\n", Enumerable.Repeat("We call on every government to include essential NCD medicines in primary health care, free at the point of use.", 6)),
                Language = "en", TranslationKey = Guid.NewGuid().ToString("N"), CreatedById = member.Id, CreatedAt = closes.AddDays(-30),
                OpensAt = closes.AddDays(-21), ClosesAt = closes, OpenedAt = closes.AddDays(-21), PublishedAt = closes,
            };
            statement.Html = string.Concat(statement.Markdown.Split("\n\n").Select(p => $"<p>{p}</p>\n"));
            foreach (var organisation in organisations.OrderBy(_ => random.Next()).Take(perStatement))
            {
                statement.Signatures.Add(new StatementSignature { OrganisationId = organisation.Id, SignedById = member.Id, SignedAt = closes.AddDays(-1) });
            }
            db.Add(statement);
            if (i % 20 == 19)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
        await db.SaveChangesAsync();
        Console.WriteLine($"{organisationCount} organisations, {statementCount} published statements, {perStatement * statementCount} signatures.");
        return 0;
    }
}
