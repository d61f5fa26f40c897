using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Syntheses;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.Testing;

/// <summary>A closed debate with posts of every consent, ready for a synthesis; and a coordinator to write it.</summary>
public static class SynthesisSetup
{
    public const string NamedQuote = "Peer navigators halved missed appointments in our clinic.";
    public const string Secret = "SECRET-do-not-quote-story";

    public sealed record Debate(int Id, TestPerson Named, TestPerson Refusing, long NamedPost, long RefusedPost, long HiddenPost);

    public static Task<TestPerson> CoordinatorAsync(CommunityAppFactory app) => app.CreatePersonAsync("Coordinator " + Guid.NewGuid().ToString("N")[..6], Roles.Coordinator);

    public static async Task<Debate> ClosedDebateAsync(CommunityAppFactory app)
    {
        var now = DateTimeOffset.UtcNow;
        var debateId = await DebateSetup.CreateAsync(app, now.AddDays(-4), now.AddDays(-1), ModerationMode.PostModeration, "What worked?");
        var named = await app.CreatePersonAsync("Named Participant", Roles.Member);
        var refusing = await app.CreatePersonAsync("Private Participant", Roles.Member);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        Post Add(TestPerson author, QuotingConsent consent, string text, PostStatus status = PostStatus.Published) => db.Posts.Add(
            new PostBuilder(debateId, author.Id, text).WithConsent(consent).WithStatus(status).Highlighted().WithCreatedAt(now.AddDays(-3)).Build()).Entity;
        var namedPost = Add(named, QuotingConsent.QuoteWithName, NamedQuote);
        var refused = Add(refusing, QuotingConsent.DoNotQuote, Secret + " about my own treatment.");
        var hidden = Add(refusing, QuotingConsent.QuoteWithName, "HIDDEN-post-text", PostStatus.Hidden);
        await db.SaveChangesAsync();
        return new Debate(debateId, named, refusing, namedPost.Id, refused.Id, hidden.Id);
    }

    /// <summary>A synthesis of <paramref name="debate"/> citing its posts, written in <paramref name="language"/>, finalised once.</summary>
    public static async Task<(int SynthesisId, SynthesisVersion Version)> FinalisedAsync(CommunityAppFactory app, Debate debate, TestPerson coordinator, string language = "en")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var actor = new Actor(coordinator.Id, coordinator.DisplayName);
        var edit = scope.ServiceProvider.GetRequiredService<EditSynthesis>();
        var (synthesis, errors) = await edit.StartAsync(actor, debate.Id);
        Assert.Empty(errors);
        Assert.Empty((await edit.SaveAsync(actor, synthesis!.Id, synthesis.Revision, new Dictionary<SynthesisSection, string>
        {
            [SynthesisSection.Summary] = $"Navigators work {Citations.Of(debate.NamedPost)}; some stories stay private {Citations.Of(debate.RefusedPost)}.",
            [SynthesisSection.Recommendations] = "- Fund peer navigators.",
        }, language)).Errors);
        var (version, finaliseErrors) = await edit.FinaliseAsync(actor, synthesis.Id);
        Assert.Empty(finaliseErrors);
        return (synthesis.Id, version!);
    }
}
