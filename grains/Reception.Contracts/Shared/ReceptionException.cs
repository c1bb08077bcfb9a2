namespace Reception.Contracts.Shared;

/// <summary>
/// A refused command or read; nothing was changed. It carries codes and parameters, not sentences: the API
/// words them in the caller's language. <see cref="FieldErrors"/> keys are the camelCase field names of the
/// API's JSON; a validation refusal's <see cref="Refusal"/> is <see cref="ProblemCodes.Validation"/>.
/// </summary>
[GenerateSerializer, Alias("reception.exception")]
public sealed class ReceptionException : Exception
{
    public ReceptionException(ErrorKind kind, Refusal refusal, IReadOnlyDictionary<string, Refusal[]>? fieldErrors = null)
        : base(Describe(refusal, fieldErrors))
    {
        Kind = kind;
        Refusal = refusal;
        Errors = fieldErrors is null ? [] : new Dictionary<string, Refusal[]>(fieldErrors, StringComparer.Ordinal);
    }

    [Id(0)]
    public ErrorKind Kind { get; private set; }

    [Id(1)]
    public Refusal Refusal { get; private set; }

    [Id(2)]
    private Dictionary<string, Refusal[]> Errors { get; set; }

    public string Code => Refusal.Code;

    public IReadOnlyDictionary<string, Refusal[]> FieldErrors => Errors;

    public static ReceptionException NotFound(string code, params (string Name, object? Value)[] parameters) =>
        new(ErrorKind.NotFound, Refusal.Of(code, parameters));

    public static ReceptionException Conflict(string code, params (string Name, object? Value)[] parameters) =>
        new(ErrorKind.Conflict, Refusal.Of(code, parameters));

    public static ReceptionException Forbidden(string code, params (string Name, object? Value)[] parameters) =>
        new(ErrorKind.Forbidden, Refusal.Of(code, parameters));

    public static ReceptionException Invalid(IReadOnlyDictionary<string, Refusal[]> fieldErrors) =>
        new(ErrorKind.Validation, Refusal.Of(ProblemCodes.Validation), fieldErrors);

    public static ReceptionException Invalid(string field, string code, params (string Name, object? Value)[] parameters) =>
        Invalid(new Dictionary<string, Refusal[]> { [field] = [Refusal.Of(code, parameters)] });

    private static string Describe(Refusal refusal, IReadOnlyDictionary<string, Refusal[]>? fieldErrors) =>
        fieldErrors is null || fieldErrors.Count == 0
            ? refusal.ToString()
            : $"{refusal}: {string.Join("; ", fieldErrors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}"))}";
}
