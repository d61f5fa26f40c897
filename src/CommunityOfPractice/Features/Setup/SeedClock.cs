namespace CommunityOfPractice.Features.Setup;

/// <summary>
/// The clock a demo seed plays its history on. A use case built on it (<see cref="DemoSeed{T}.On{TUseCase}"/>) writes what
/// happened at <see cref="Now"/> with its own checks (windows, posting limits) read against that instant, so backdated
/// demo content is made the way members make it. Only seeds set it; everything else reads the real clock.
/// </summary>
internal sealed class SeedClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
