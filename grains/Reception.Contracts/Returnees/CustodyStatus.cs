namespace Reception.Contracts.Returnees;

/// <summary>Where an unaccompanied child is in the chain of custody: the last step that was not a correction.</summary>
[GenerateSerializer, Alias("reception.custody-status")]
public enum CustodyStatus
{
    /// <summary>No step yet: the child has still to be received from the foreign authority.</summary>
    AwaitingReception,
    ReceivedFromForeignAuthority,
    HandedToChildProtection,
    HandoverConfirmed,
    PlacedInShelter,
    TransferredToChildProtectionOffice,
    Reunified,
}

/// <summary>The order of the chain, shared by the grains (which enforce it) and the views (next step).</summary>
public static class CustodyFlow
{
    /// <summary>The status that closes the case and stops the reunification clock.</summary>
    public static bool IsFinal(this CustodyStatus status) =>
        status is CustodyStatus.PlacedInShelter or CustodyStatus.TransferredToChildProtectionOffice or CustodyStatus.Reunified;

    /// <summary>At least handed to child protection: the child may leave the point.</summary>
    public static bool IsHandedOver(this CustodyStatus status) => status >= CustodyStatus.HandedToChildProtection;

    /// <summary>The step expected next (reunification once the child is with child protection), none when final.</summary>
    public static CustodyStepKind? NextStep(this CustodyStatus status) => status switch
    {
        CustodyStatus.AwaitingReception => CustodyStepKind.ReceivedFromForeignAuthority,
        CustodyStatus.ReceivedFromForeignAuthority => CustodyStepKind.HandedToChildProtection,
        CustodyStatus.HandedToChildProtection => CustodyStepKind.HandoverConfirmed,
        CustodyStatus.HandoverConfirmed => CustodyStepKind.Reunified,
        _ => null,
    };

    /// <summary>Whether <paramref name="step"/> may follow <paramref name="status"/> (corrections are checked apart).</summary>
    public static bool Allows(this CustodyStatus status, CustodyStepKind step) => step switch
    {
        CustodyStepKind.ReceivedFromForeignAuthority => status == CustodyStatus.AwaitingReception,
        CustodyStepKind.HandedToChildProtection => status == CustodyStatus.ReceivedFromForeignAuthority,
        CustodyStepKind.HandoverConfirmed => status == CustodyStatus.HandedToChildProtection,
        CustodyStepKind.PlacedInShelter or CustodyStepKind.TransferredToChildProtectionOffice or CustodyStepKind.Reunified =>
            status is CustodyStatus.HandedToChildProtection or CustodyStatus.HandoverConfirmed,
        _ => status != CustodyStatus.AwaitingReception,
    };

    /// <summary>The status a step leads to; a correction leaves it as it was.</summary>
    public static CustodyStatus After(this CustodyStatus status, CustodyStepKind step) => step switch
    {
        CustodyStepKind.ReceivedFromForeignAuthority => CustodyStatus.ReceivedFromForeignAuthority,
        CustodyStepKind.HandedToChildProtection => CustodyStatus.HandedToChildProtection,
        CustodyStepKind.HandoverConfirmed => CustodyStatus.HandoverConfirmed,
        CustodyStepKind.PlacedInShelter => CustodyStatus.PlacedInShelter,
        CustodyStepKind.TransferredToChildProtectionOffice => CustodyStatus.TransferredToChildProtectionOffice,
        CustodyStepKind.Reunified => CustodyStatus.Reunified,
        _ => status,
    };

    /// <summary>Steps recorded by the point's managers (INM); the rest but corrections by the child-protection provider.</summary>
    public static bool IsPointStep(this CustodyStepKind step) =>
        step is CustodyStepKind.ReceivedFromForeignAuthority or CustodyStepKind.HandedToChildProtection;
}
