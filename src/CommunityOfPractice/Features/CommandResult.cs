namespace CommunityOfPractice.Features;

/// <summary>What a use case that changes something answers: nothing when it succeeded, or the errors that stopped it.</summary>
internal sealed record CommandResult(IReadOnlyList<FieldError> Errors)
{
    public static CommandResult Success { get; } = new([]);

    public bool Succeeded => Errors.Count == 0;

    public static CommandResult Failed(string field, string message, params object[] arguments) =>
        new([new FieldError(field, message, arguments)]);

    public static CommandResult Failure(IReadOnlyList<FieldError> errors) => new(errors);
}
