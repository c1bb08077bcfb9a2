namespace Reception.Contracts.Returnees;

/// <summary>A step of an unaccompanied child's chain of custody (see docs/workflow.md, "Custody of unaccompanied children").</summary>
[GenerateSerializer, Alias("reception.custody-step-kind")]
public enum CustodyStepKind
{
    /// <summary>The foreign authority hands the child to INM at the point (the point's managers).</summary>
    ReceivedFromForeignAuthority,

    /// <summary>INM hands the child to child protection (the point's managers).</summary>
    HandedToChildProtection,

    /// <summary>The child-protection program's provider confirms it received the child.</summary>
    HandoverConfirmed,

    /// <summary>Placed in a shelter (provider); closes the case.</summary>
    PlacedInShelter,

    /// <summary>Transferred to the child-protection office of the home state (provider); closes the case.</summary>
    TransferredToChildProtectionOffice,

    /// <summary>Handed to an identified relative (provider); closes the case.</summary>
    Reunified,

    /// <summary>Corrects a mistake in an earlier step (the chain is append-only); changes no status.</summary>
    Correction,
}
