-- Membership for Orleans.Clustering.AdoNet 10.x (silo and client).
-- Parameters are bound by name from the provider: DeploymentId (= ClusterId), Address, Port,
-- Generation, SiloName, HostName, Status, ProxyPort, SuspectTimes, StartTime, IAmAliveTime, Version.
-- DateTime parameters arrive as timestamptz (DbType.DateTime, UTC).

-- One row per cluster; Version is the optimistic-concurrency token of the whole membership table.
CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable
(
    DeploymentId text        NOT NULL,
    Timestamp    timestamptz NOT NULL DEFAULT now(),
    Version      integer     NOT NULL DEFAULT 0,
    CONSTRAINT PK_OrleansMembershipVersionTable PRIMARY KEY (DeploymentId)
);

-- One row per silo incarnation (address, port, generation).
CREATE TABLE IF NOT EXISTS OrleansMembershipTable
(
    DeploymentId text        NOT NULL,
    Address      text        NOT NULL,
    Port         integer     NOT NULL,
    Generation   integer     NOT NULL,
    SiloName     text        NOT NULL,
    HostName     text        NOT NULL,
    Status       integer     NOT NULL,
    ProxyPort    integer     NOT NULL DEFAULT 0,
    SuspectTimes text        NULL,
    StartTime    timestamptz NOT NULL,
    IAmAliveTime timestamptz NOT NULL,
    CONSTRAINT PK_OrleansMembershipTable PRIMARY KEY (DeploymentId, Address, Port, Generation),
    CONSTRAINT FK_OrleansMembershipTable_Version FOREIGN KEY (DeploymentId)
        REFERENCES OrleansMembershipVersionTable (DeploymentId) ON DELETE CASCADE
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
-- Creates the cluster's version row if missing; returns 1 if it was created, else 0.
('InsertMembershipVersionKey', $q$
    WITH inserted AS (
        INSERT INTO OrleansMembershipVersionTable (DeploymentId)
        VALUES (@DeploymentId)
        ON CONFLICT (DeploymentId) DO NOTHING
        RETURNING 1
    )
    SELECT count(*)::integer AS RowsInserted FROM inserted;
$q$),

-- Inserts a silo row and bumps the table version, both only if @Version is still current and
-- the row does not exist yet; returns 1 on success, else 0. Concurrent writers serialize on the
-- version row, so the version check also guards the existence check.
('InsertMembershipKey', $q$
    WITH bumped AS (
        UPDATE OrleansMembershipVersionTable
        SET Version = Version + 1, Timestamp = now()
        WHERE DeploymentId = @DeploymentId
          AND Version = @Version
          AND NOT EXISTS (
              SELECT 1 FROM OrleansMembershipTable
              WHERE DeploymentId = @DeploymentId AND Address = @Address
                AND Port = @Port AND Generation = @Generation)
        RETURNING DeploymentId
    ), inserted AS (
        INSERT INTO OrleansMembershipTable
            (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
        SELECT DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort, @StartTime, @IAmAliveTime
        FROM bumped
        ON CONFLICT DO NOTHING
        RETURNING 1
    )
    SELECT count(*)::integer AS RowsInserted FROM inserted;
$q$),

-- Updates a silo row and bumps the table version, only if @Version is still current and the row
-- exists; returns 1 on success, else 0.
('UpdateMembershipKey', $q$
    WITH bumped AS (
        UPDATE OrleansMembershipVersionTable
        SET Version = Version + 1, Timestamp = now()
        WHERE DeploymentId = @DeploymentId
          AND Version = @Version
          AND EXISTS (
              SELECT 1 FROM OrleansMembershipTable
              WHERE DeploymentId = @DeploymentId AND Address = @Address
                AND Port = @Port AND Generation = @Generation)
        RETURNING DeploymentId
    ), updated AS (
        UPDATE OrleansMembershipTable m
        SET Status = @Status, SuspectTimes = @SuspectTimes, IAmAliveTime = @IAmAliveTime
        FROM bumped b
        WHERE m.DeploymentId = b.DeploymentId AND m.Address = @Address
          AND m.Port = @Port AND m.Generation = @Generation
        RETURNING 1
    )
    SELECT count(*)::integer AS RowsUpdated FROM updated;
$q$),

-- Heartbeat; not versioned and its result is not read.
('UpdateIAmAlivetimeKey', $q$
    UPDATE OrleansMembershipTable
    SET IAmAliveTime = @IAmAliveTime
    WHERE DeploymentId = @DeploymentId AND Address = @Address
      AND Port = @Port AND Generation = @Generation;
$q$),

-- The version row always comes back (LEFT JOIN): the provider takes the table version from the
-- first row and treats a NULL StartTime as "no member".
('MembershipReadRowKey', $q$
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status,
           m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable v
    LEFT JOIN OrleansMembershipTable m
           ON m.DeploymentId = v.DeploymentId AND m.Address = @Address
          AND m.Port = @Port AND m.Generation = @Generation
    WHERE v.DeploymentId = @DeploymentId;
$q$),

('MembershipReadAllKey', $q$
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status,
           m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable v
    LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
    WHERE v.DeploymentId = @DeploymentId;
$q$),

-- Gateways for clients: @Status is SiloStatus.Active (3).
('GatewaysQueryKey', $q$
    SELECT Address, ProxyPort, Generation
    FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0;
$q$),

('DeleteMembershipTableEntriesKey', $q$
    DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId;
    DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId;
$q$),

-- Required by the provider, but 10.4 only runs it when CleanupDefunctSiloEntryKey is absent:
-- removes non-active rows whose last heartbeat is older than the cutoff.
('CleanupDefunctSiloEntriesKey', $q$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND IAmAliveTime < @IAmAliveTime AND Status <> 3;
$q$),

-- Used by 10.4 when present: the provider picks dead rows older than the cutoff from its own read
-- and deletes each one only if it is still exactly what it read (Dead = 6).
('CleanupDefunctSiloEntryKey', $q$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Address = @Address
      AND Port = @Port AND Generation = @Generation
      AND Status = 6
      AND StartTime = @StartTime AND IAmAliveTime = @IAmAliveTime
      AND COALESCE(SuspectTimes, '') = COALESCE(@SuspectTimes, '');
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
