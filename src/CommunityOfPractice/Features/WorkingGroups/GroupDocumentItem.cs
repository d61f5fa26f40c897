namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>One of the group's documents as its space lists it: with its latest version.</summary>
internal sealed record GroupDocumentItem(int Id, string Title, string Summary, int LatestNumber, DateTimeOffset LatestPublishedAt);
