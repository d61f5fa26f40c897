using CommunityOfPractice.Data;

namespace CommunityOfPractice.Features.Mail;

/// <summary>A digest this node took: for whom, and the period it tells about.</summary>
internal sealed record DigestClaim(AppUser Member, DigestPeriod Period);
