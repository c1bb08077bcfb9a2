namespace Reception.Contracts.Shared;

[GenerateSerializer, Alias("reception.error-kind")]
public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    Forbidden,
}
