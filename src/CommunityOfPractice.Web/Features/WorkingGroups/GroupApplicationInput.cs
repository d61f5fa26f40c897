namespace CommunityOfPractice.Web.Features.WorkingGroups;

/// <summary>The application form's one field.</summary>
public sealed class GroupApplicationInput
{
    public string Motivation { get; set; } = "";
}
