namespace Reception.Contracts.Shared;

/// <summary>
/// A refused command or read. Nothing was changed. <see cref="FieldErrors"/> keys are the camelCase
/// field names of the API's JSON.
/// </summary>
[GenerateSerializer, Alias("reception.exception")]
public sealed class ReceptionException : Exception
{
    public ReceptionException(ErrorKind kind, string message, IReadOnlyDictionary<string, string[]>? fieldErrors = null)
        : base(message)
    {
        Kind = kind;
        Errors = fieldErrors is null ? [] : new Dictionary<string, string[]>(fieldErrors);
    }

    [Id(0)]
    public ErrorKind Kind { get; private set; }

    [Id(1)]
    private Dictionary<string, string[]> Errors { get; set; }

    public IReadOnlyDictionary<string, string[]> FieldErrors => Errors;

    public static ReceptionException NotFound(string message) => new(ErrorKind.NotFound, message);

    public static ReceptionException Conflict(string message) => new(ErrorKind.Conflict, message);

    public static ReceptionException Forbidden(string message) => new(ErrorKind.Forbidden, message);

    public static ReceptionException Invalid(string field, string message) =>
        new(ErrorKind.Validation, message, new Dictionary<string, string[]> { [field] = [message] });
}
