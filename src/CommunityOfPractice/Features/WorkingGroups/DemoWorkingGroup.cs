namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>A working group whose term started <c>StartedDaysAgo</c> and ends in <c>EndsInDays</c>; its chair is appointed with it.</summary>
internal sealed record DemoWorkingGroup(string Name, string Mandate, string CoordinatorEmail, string ChairEmail, string[] MemberEmails,
    int StartedDaysAgo, int EndsInDays, int MinSize, int MaxSize, int MinRegions, int? MinNcdSharePercent = null, DemoGroupDebate? Debate = null);
