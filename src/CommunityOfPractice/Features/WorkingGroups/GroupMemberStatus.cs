namespace CommunityOfPractice.Features.WorkingGroups;

public enum GroupMemberStatus
{
    Applied,
    Appointed,
    Declined,
    Removed,
}
