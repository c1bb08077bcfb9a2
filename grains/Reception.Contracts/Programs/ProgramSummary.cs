using System.Text.Json.Serialization;

namespace Reception.Contracts.Programs;

[GenerateSerializer, Immutable, Alias("reception.program-summary")]
public sealed record ProgramSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] ProgramCategory Category,
    [property: Id(3)] string Provider,
    [property: Id(4)] IReadOnlyList<string> Points,
    [property: Id(5)] IReadOnlyList<string> DestinationStates,
    [property: Id(6)] int DailyCapacity,
    [property: Id(7)] int Pending,
    [property: Id(8)] int Accepted,
    [property: Id(9)] ProgramCounts Today,
    [property: Id(10)] DateTimeOffset AsOf,
    // Child protection: unaccompanied children referred to it, by where their custody stands, and those overdue.
    [property: Id(11)] int ChildrenAtPoint = 0,
    [property: Id(12)] int ChildrenAwaitingConfirmation = 0,
    [property: Id(13)] int ChildrenInCustody = 0,
    [property: Id(14)] int CustodyOverdue = 0,
    [property: Id(15), JsonIgnore] bool Inactive = false,
    [property: Id(16)] string? Description = null)
{
    /// <summary>False once an administrator deactivated it.</summary>
    public bool Active => !Inactive;
}
