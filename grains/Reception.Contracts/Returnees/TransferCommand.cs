namespace Reception.Contracts.Returnees;

/// <summary>Hands the person over to an institution (e.g. DIF custody for an unaccompanied minor).</summary>
[GenerateSerializer, Immutable, Alias("reception.transfer-command")]
public sealed record TransferCommand(
    [property: Id(0)] string Institution,
    [property: Id(1)] string? Note = null);
