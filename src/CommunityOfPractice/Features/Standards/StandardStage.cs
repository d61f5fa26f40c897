namespace CommunityOfPractice.Features.Standards;

/// <summary>Where a standard stands for members, read from its latest version and that version's round at one instant.</summary>
internal enum StandardStage
{
    /// <summary>The first version is not published yet; only staff see it.</summary>
    Draft,
    /// <summary>A version is published and no round on it is running or waiting for answers.</summary>
    Published,
    /// <summary>A round on the latest version opens later.</summary>
    RoundScheduled,
    /// <summary>A round on the latest version is open now.</summary>
    RoundOpen,
    /// <summary>The round has closed and the drafters are answering its proposals.</summary>
    Answering,
}
