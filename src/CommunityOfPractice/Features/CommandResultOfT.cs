namespace CommunityOfPractice.Features;

/// <summary>
/// What a use case that makes or finds something answers: the thing, or the errors that stopped it. It succeeded
/// exactly when it holds a value, so a use case whose answer is a value type says so with a nullable one
/// (<c>CommandResult&lt;RegistrationStatus?&gt;</c>), and a failure's <see cref="Value"/> is null, never a default.
/// </summary>
internal sealed class CommandResult<T>
{
    private CommandResult(T? value, IReadOnlyList<FieldError> errors)
    {
        Value = value;
        Errors = errors;
    }

    /// <summary>What the use case made or found; null when it failed.</summary>
    public T? Value { get; }

    public IReadOnlyList<FieldError> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    public static CommandResult<T> Of(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(value, []);
    }

    /// <summary>A failure; <paramref name="errors"/> says why, so it cannot be empty.</summary>
    public static CommandResult<T> Failure(IReadOnlyList<FieldError> errors)
    {
        ArgumentOutOfRangeException.ThrowIfZero(errors.Count, nameof(errors));
        return new(default, errors);
    }

    public static CommandResult<T> Failed(string field, string message, params object[] arguments) =>
        new(default, [new FieldError(field, message, arguments)]);

    public static implicit operator CommandResult<T>(T value) => Of(value);

    /// <summary>Lets a caller write <c>var (practice, errors) = await ...</c>.</summary>
    public void Deconstruct(out T? value, out IReadOnlyList<FieldError> errors)
    {
        value = Value;
        errors = Errors;
    }
}
