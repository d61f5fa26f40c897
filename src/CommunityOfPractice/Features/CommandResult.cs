namespace CommunityOfPractice.Features;

public sealed record CommandResult(IReadOnlyList<FieldError> Errors)
{
    public static CommandResult Success { get; } = new([]);

    public bool Succeeded => Errors.Count == 0;

    public static CommandResult Failed(string field, string message, params object[] arguments) =>
        new([new FieldError(field, message, arguments)]);
}
