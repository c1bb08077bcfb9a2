using Reception.Contracts.Points;

namespace Reception.Api.Points;

/// <summary><c>PUT /api/points/{code}/capacity</c>.</summary>
public sealed record CapacityRequest(int? ShelterBeds, int? IntakeDesks, int? UsualDailyArrivals);

/// <summary><c>POST /api/points/{code}/notices</c>: a bus or flight expected at the point.</summary>
public sealed record NoticeRequest(DateTimeOffset? ExpectedAt, int? Headcount, int? Minors, TransportMode? Transport, string? Reference);
