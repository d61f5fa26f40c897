namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>
/// How a group stands against its rules: its figures, and each failing rule in words (an English key with its
/// figures as arguments, translated as field errors are). No failure means the group meets its rules.
/// </summary>
public sealed record Composition(int Size, int Regions, int LivingWithNcd, IReadOnlyList<FieldError> Failures)
{
    public bool MeetsRules => Failures.Count == 0;
}
