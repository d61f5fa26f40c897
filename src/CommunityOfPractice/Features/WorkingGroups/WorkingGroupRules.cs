using CommunityOfPractice.Features.Geography;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>The checks a group's form passes before anything is saved, shared by creating and editing.</summary>
internal static class WorkingGroupRules
{
    public static List<FieldError> Validate(WorkingGroupCommand command, bool withTerm)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(command.Name) || command.Name.Trim().Length > WorkingGroup.NameLength)
        {
            errors.Add(new(nameof(command.Name), "Give the group a name (at most {0} characters).", WorkingGroup.NameLength));
        }
        if (string.IsNullOrWhiteSpace(command.Mandate) || command.Mandate.Trim().Length > WorkingGroup.MandateLength)
        {
            errors.Add(new(nameof(command.Mandate), "Give the group a mandate (at most {0} characters).", WorkingGroup.MandateLength));
        }
        if (withTerm)
        {
            if (command.StartsOn is not { } starts || command.EndsOn is not { } ends)
            {
                errors.Add(new(nameof(command.EndsOn), "Give the term's start and end dates."));
            }
            else if (ends <= starts)
            {
                errors.Add(new(nameof(command.EndsOn), "The term must end after it starts."));
            }
        }
        if (command.MinSize is not { } min || command.MaxSize is not { } max || min < 1 || max < 1)
        {
            errors.Add(new(nameof(command.MinSize), "Give the least and the most members, each at least 1."));
        }
        else if (min > max)
        {
            errors.Add(new(nameof(command.MaxSize), "The least number of members cannot be above the most."));
        }
        var regions = Enum.GetValues<WhoRegion>().Length;
        if (command.MinRegions is not { } least || least < 1 || least > regions)
        {
            errors.Add(new(nameof(command.MinRegions), "The number of regions must be between 1 and {0}.", regions));
        }
        if (command.MinNcdSharePercent is < 0 or > 100)
        {
            errors.Add(new(nameof(command.MinNcdSharePercent), "The share of members living with NCDs must be between 0 and 100 %."));
        }
        return errors;
    }
}
