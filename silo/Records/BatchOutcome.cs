namespace Reception.Silo.Records;

/// <summary>One item's outcome in a batch: its value, or the error that item alone failed with.</summary>
public readonly record struct BatchOutcome<T>(T? Value, Exception? Error);

/// <summary>Makes <see cref="BatchOutcome{T}"/>s.</summary>
public static class BatchOutcome
{
    public static BatchOutcome<T> Success<T>(T value) => new(value, null);

    public static BatchOutcome<T> Failure<T>(Exception error) => new(default, error);
}
