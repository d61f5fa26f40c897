using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Setup;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Practices;

/// <summary>
/// The demo's good practices (<c>practices</c> in <c>samples/demo/community.json</c>), idempotent by title: each submitted by
/// its member, the published ones published by the demo's moderator as curator (with their revision and search entry), and
/// a translation linked to the entry it translates.
/// </summary>
internal sealed class PracticeSeed(CommunityDbContext db, SubmitPractice submit, ReviewPractice review, LinkTranslations translations, IServiceProvider services)
    : DemoSeed<DemoPractice>(services, "practices", order: 40)
{
    protected override Task<bool> SkipsAsync(DemoPractice demo, CancellationToken cancellationToken) =>
        db.Practices.AnyAsync(p => p.Content.Title == demo.Title, cancellationToken);

    protected override async Task AddAsync(DemoPractice demo, DemoSeedContext context, CancellationToken cancellationToken)
    {
        var themes = await db.PracticeThemes.Where(t => demo.Themes.Contains(t.NameEn)).Select(t => t.Id).ToListAsync(cancellationToken);
        var practice = Check(await submit.SaveAsync(await ActorAsync(demo.SubmitterEmail), null, new PracticeCommand
        {
            Title = demo.Title, Summary = demo.Summary, Body = demo.Body, Language = demo.Language, Countries = [.. demo.Countries], Areas = demo.NcdAreas,
            Involvement = demo.Involvement, Themes = themes, Tags = string.Join(", ", demo.Tags), Organisations = string.Join('\n', demo.Organisations ?? []),
            YearFrom = demo.YearFrom, YearTo = demo.YearTo ?? demo.YearFrom, Links = string.Join('\n', demo.Links ?? []),
        }, submit: true, cancellationToken), demo.Title);
        if (demo.Status == PracticeStatus.Published)
        {
            var curator = await ModeratorAsync();
            Check(await review.DecideAsync(curator, practice.Id, PracticeReviewAction.Published, null, cancellationToken), demo.Title);
            if (demo.TranslationOf is { } original)
            {
                var translated = await db.Practices.Where(p => p.Content.Title == original).Select(p => p.Id).SingleAsync(cancellationToken);
                Check(await translations.LinkAsync(curator, practice.Id, translated, cancellationToken), $"{demo.Title}, translation");
            }
        }
    }
}
