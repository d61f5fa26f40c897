using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CommunityOfPractice.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.Features.Setup;

/// <summary>
/// A demo seed whose section is a list of <typeparamref name="T"/>: each item goes through the feature's own use cases,
/// built on a <see cref="SeedClock"/> when it happened in the past. A use case's refusal stops the load with its message:
/// the demo file is wrong, or the use case changed.
/// </summary>
internal abstract class DemoSeed<T>(IServiceProvider services, string section, int order) : IDemoSeed
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public string Section => section;

    public int Order => order;

    public async Task<int> SeedAsync(JsonElement section, DemoSeedContext context, CancellationToken cancellationToken = default)
    {
        var added = new List<T>();
        foreach (var item in section.Deserialize<List<T>>(Json) ?? [])
        {
            if (!await SkipsAsync(item, cancellationToken))
            {
                await AddAsync(item, context, cancellationToken);
                added.Add(item);
            }
        }
        await FinishAsync(added, context, cancellationToken);
        return added.Count;
    }

    /// <summary>Whether <paramref name="item"/> is there already (by its title, name or email), or has nothing to be added to.</summary>
    protected abstract Task<bool> SkipsAsync(T item, CancellationToken cancellationToken);

    protected abstract Task AddAsync(T item, DemoSeedContext context, CancellationToken cancellationToken);

    /// <summary>What is done once every item is in, with the items this load added.</summary>
    protected virtual Task FinishAsync(IReadOnlyList<T> added, DemoSeedContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The use case <typeparamref name="TUseCase"/> reading <paramref name="clock"/> instead of the real clock.</summary>
    protected TUseCase On<TUseCase>(TimeProvider clock) where TUseCase : class => ActivatorUtilities.CreateInstance<TUseCase>(services, clock);

    /// <summary>The use case <typeparamref name="TUseCase"/> at <paramref name="at"/>: moves <paramref name="clock"/> there first.</summary>
    protected TUseCase At<TUseCase>(SeedClock clock, DateTimeOffset at) where TUseCase : class
    {
        clock.Now = at;
        return On<TUseCase>(clock);
    }

    /// <summary>The demo member with this email; the demo file names only its own members.</summary>
    protected async Task<AppUser> MemberAsync(string email) =>
        await services.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException($"Demo {Section}: {email} is not a demo member.");

    /// <summary>The demo's moderator (the first member in the role, by email), who decides on what members submit.</summary>
    protected async Task<Actor> ModeratorAsync()
    {
        var moderator = (await services.GetRequiredService<UserManager<AppUser>>().GetUsersInRoleAsync(Membership.Roles.Moderator)).MinBy(u => u.Email, StringComparer.Ordinal)
            ?? throw new InvalidOperationException($"Demo {Section}: the demo has no moderator (a member with \"roles\": [\"Moderator\"]).");
        return new Actor(moderator.Id, moderator.DisplayName);
    }

    protected async Task<Actor> ActorAsync(string email)
    {
        var user = await MemberAsync(email);
        return new Actor(user.Id, user.DisplayName);
    }

    protected TValue Check<TValue>(CommandResult<TValue> result, string what)
    {
        Check(result.Errors, what);
        return result.Value!;
    }

    protected void Check(CommandResult result, string what) => Check(result.Errors, what);

    private void Check(IReadOnlyList<FieldError> errors, string what)
    {
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"Demo {Section}, {what}: " + string.Join(" ", errors.Select(e => string.Format(CultureInfo.InvariantCulture, e.Message, e.Arguments))));
        }
    }
}
