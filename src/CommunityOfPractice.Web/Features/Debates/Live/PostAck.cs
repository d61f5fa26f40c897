using CommunityOfPractice.Features.Debates;

namespace CommunityOfPractice.Web.Features.Debates.Live;

public sealed record PostAck(bool Accepted, long? PostId, PostStatus? Status, string? Error);
