using CommunityOfPractice.Features.Webinars;

namespace CommunityOfPractice.Testing;

/// <summary>
/// The one way tests make a valid webinar entity: an hour long from a week from now, registration open until it starts,
/// a meeting link, scheduled two weeks before, with a unique title. Each <c>With...</c> changes one thing;
/// <see cref="Build"/> makes a new entity.
/// </summary>
public sealed class WebinarBuilder(string createdById)
{
    public const string MeetingUrl = "https://meet.example.org/ncd";

    private string title = $"Webinar {Guid.NewGuid():N}"[..20];
    private string description = "Setting the context.";
    private DateTimeOffset startsAt = DateTimeOffset.UtcNow.AddDays(7);
    private DateTimeOffset? createdAt;
    private string meetingUrl = MeetingUrl;
    private string? recordingUrl;
    private int? capacity;
    private int? debateId;
    private int? workingGroupId;

    public WebinarBuilder WithTitle(string value)
    {
        title = value;
        return this;
    }

    public WebinarBuilder WithDescription(string value)
    {
        description = value;
        return this;
    }

    /// <summary>Starts at <paramref name="value"/>, ends an hour later; registration closes when it starts.</summary>
    public WebinarBuilder StartingAt(DateTimeOffset value)
    {
        startsAt = value;
        return this;
    }

    public WebinarBuilder WithCreatedAt(DateTimeOffset value)
    {
        createdAt = value;
        return this;
    }

    public WebinarBuilder WithMeetingUrl(string value)
    {
        meetingUrl = value;
        return this;
    }

    public WebinarBuilder WithRecordingUrl(string value)
    {
        recordingUrl = value;
        return this;
    }

    public WebinarBuilder WithCapacity(int? value)
    {
        capacity = value;
        return this;
    }

    /// <summary>The context-setting webinar of <paramref name="value"/>.</summary>
    public WebinarBuilder ForDebate(int? value)
    {
        debateId = value;
        return this;
    }

    /// <summary>A meeting in the space of working group <paramref name="value"/>.</summary>
    public WebinarBuilder ForWorkingGroup(int value)
    {
        workingGroupId = value;
        return this;
    }

    public Webinar Build() => new()
    {
        Title = title,
        Description = description,
        StartsAt = startsAt,
        EndsAt = startsAt.AddHours(1),
        RegistrationDeadline = startsAt,
        Capacity = capacity,
        MeetingUrl = meetingUrl,
        RecordingUrl = recordingUrl,
        DebateId = debateId,
        WorkingGroupId = workingGroupId,
        CreatedById = createdById,
        CreatedAt = createdAt ?? startsAt.AddDays(-14),
    };
}
