using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Practices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.Testing;

/// <summary>Good-practice entries taken through the real workflow: a member submits, a curator decides.</summary>
public static class PracticeSetup
{
    public static PracticeCommand Command(string title, string country = "KE", string language = "en", string? body = null) => new()
    {
        Title = title,
        Summary = $"Summary of {title}.",
        Body = body ?? $"How {title} involved people living with NCDs.",
        Language = language,
        Countries = [country],
        Areas = NcdAreas.Diabetes,
        Involvement = InvolvementTypes.PeerSupport,
        Themes = [1],
        Tags = "peer support",
        YearFrom = 2019,
        Links = "https://example.org/report",
        ContactName = "Hidden Contact",
        ContactEmail = "hidden.contact@example.org",
    };

    public static async Task<TestPerson> CuratorAsync(CommunityAppFactory app) => await app.CreatePersonAsync("Practice Curator", Roles.Member, Roles.Moderator);

    /// <summary>Submits <paramref name="command"/> as <paramref name="submitter"/>, then applies each of <paramref name="decisions"/> as <paramref name="curator"/>.</summary>
    public static async Task<Practice> CreateAsync(CommunityAppFactory app, TestPerson submitter, TestPerson? curator, PracticeCommand command, bool submit = true, params PracticeReviewAction[] decisions)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (practice, errors) = await scope.ServiceProvider.GetRequiredService<SubmitPractice>().SaveAsync(new Actor(submitter.Id, submitter.DisplayName), null, command, submit);
        Assert.Empty(errors);
        foreach (var action in decisions)
        {
            await using var step = app.Services.CreateAsyncScope();
            Assert.Empty((await step.ServiceProvider.GetRequiredService<ReviewPractice>().DecideAsync(new Actor(curator!.Id, curator.DisplayName), practice!.Id, action,
                action == PracticeReviewAction.Published ? null : $"Curator note: {action}")).Errors);
        }
        await using var read = app.Services.CreateAsyncScope();
        return await read.ServiceProvider.GetRequiredService<CommunityDbContext>().Practices.AsNoTracking().SingleAsync(p => p.Id == practice!.Id);
    }
}
