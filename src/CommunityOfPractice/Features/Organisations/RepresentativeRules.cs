namespace CommunityOfPractice.Features.Organisations;

/// <summary>Who may join or leave an organisation's representatives: never twice, and never the last one out.</summary>
internal static class RepresentativeRules
{
    public static FieldError? CheckAddition(IReadOnlyCollection<string> current, string userId) =>
        current.Contains(userId)
            ? new FieldError("Representative", "This member already represents the organisation.")
            : null;

    public static FieldError? CheckRemoval(IReadOnlyCollection<string> current, string userId)
    {
        if (!current.Contains(userId))
        {
            return new FieldError("Representative", "This member does not represent the organisation.");
        }
        return current.Count == 1
            ? new FieldError("Representative", "An organisation keeps at least one representative: add another before removing this one.")
            : null;
    }
}
