using System.ComponentModel.DataAnnotations;
using Reception.Contracts.Points;
using Reception.Contracts.Shared;

namespace Reception.Api.Points;

/// <summary><c>POST /api/returnees/{caseId}/desk</c>: the desk (módulo) the person is called to.</summary>
public sealed record DeskRequest(
    [property: Required, RegularExpression(Patterns.Desk)] string? Desk);

/// <summary><c>PUT /api/points/{code}/capacity</c>.</summary>
public sealed record CapacityRequest(
    [property: Required, Range(0, Limits.MaxCapacity)] int? ShelterBeds,
    [property: Required, Range(0, Limits.MaxCapacity)] int? IntakeDesks,
    [property: Range(0, Limits.MaxCapacity)] int? UsualDailyArrivals = null);

/// <summary><c>POST /api/points/{code}/notices</c>: a bus or flight expected at the point.</summary>
public sealed record NoticeRequest(
    [property: Required] DateTimeOffset? ExpectedAt,
    [property: Required, Range(1, Limits.MaxHeadcount)] int? Headcount,
    [property: Required, Range(0, Limits.MaxHeadcount)] int? Minors,
    [property: Required] TransportMode? Transport,
    [property: StringLength(Limits.ShortTextLength)] string? Reference = null);
