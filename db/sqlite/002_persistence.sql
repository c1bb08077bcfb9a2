-- Grain state for Orleans.Persistence.AdoNet 10.x.
-- Parameters: GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString,
-- GrainIdExtensionString (NULL unless the key has an extension or is a string key), ServiceId,
-- GrainStateVersion (the grain's ETag; NULL when no row is known), PayloadBinary.
-- The provider reads PayloadBinary and Version on read, NewGrainStateVersion on write, and the
-- first column on clear/delete. Query texts avoid single quotes so they need no escaping here.
CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash            INTEGER NOT NULL,
    GrainIdN0              INTEGER NOT NULL,
    GrainIdN1              INTEGER NOT NULL,
    GrainTypeHash          INTEGER NOT NULL,
    GrainTypeString        TEXT    NOT NULL,
    GrainIdExtensionString TEXT    NULL,
    ServiceId              TEXT    NOT NULL,
    PayloadBinary          BLOB    NULL,
    ModifiedOn             TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    Version                INTEGER NOT NULL
);

-- At most one row per grain; the hashes lead to keep lookups narrow.
CREATE UNIQUE INDEX IF NOT EXISTS UX_OrleansStorage_Grain ON OrleansStorage
(
    GrainIdHash, GrainTypeHash, GrainIdN0, GrainIdN1, ServiceId, GrainTypeString,
    GrainIdExtensionString IS NULL, IFNULL(GrainIdExtensionString, '')
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadFromStorageKey', '
    SELECT PayloadBinary, Version
    FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
      AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS @GrainIdExtensionString;
'),

-- Optimistic concurrency, one DML statement per path so each path is atomic on its own.
-- Exactly one of the two SELECTs returns a row:
--   known version that still matches  -> row updated, NewGrainStateVersion = version + 1;
--   no version and no row yet         -> row inserted, NewGrainStateVersion = 1;
--   anything else                     -> nothing changed, NewGrainStateVersion = NULL, which the
--                                        provider turns into an InconsistentStateException.
-- changes() reports the DML statement just before each SELECT.
('WriteToStorageKey', '
    UPDATE OrleansStorage
    SET PayloadBinary = @PayloadBinary, ModifiedOn = CURRENT_TIMESTAMP, Version = Version + 1
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
      AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS @GrainIdExtensionString
      AND Version = @GrainStateVersion;

    SELECT CASE WHEN changes() > 0 THEN @GrainStateVersion + 1 END AS NewGrainStateVersion
    WHERE @GrainStateVersion IS NOT NULL;

    INSERT INTO OrleansStorage
        (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString,
         GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
    SELECT @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
           @GrainIdExtensionString, @ServiceId, @PayloadBinary, CURRENT_TIMESTAMP, 1
    WHERE @GrainStateVersion IS NULL
      AND NOT EXISTS (
          SELECT 1 FROM OrleansStorage
          WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
            AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
            AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
            AND GrainIdExtensionString IS @GrainIdExtensionString);

    SELECT CASE WHEN changes() > 0 THEN 1 END AS NewGrainStateVersion
    WHERE @GrainStateVersion IS NULL;
'),

-- Keeps the row but drops the payload; returns the new version, or no row when the version no
-- longer matches.
('ClearStorageKey', '
    UPDATE OrleansStorage
    SET PayloadBinary = NULL, ModifiedOn = CURRENT_TIMESTAMP, Version = Version + 1
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
      AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS @GrainIdExtensionString
      AND Version = @GrainStateVersion
    RETURNING Version AS NewGrainStateVersion;
'),

-- Used instead of ClearStorageKey when DeleteStateOnClear is set: removes the row. The returned
-- value only has to differ from the old ETag; no row means the version no longer matches.
('DeleteStorageKey', '
    DELETE FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
      AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS @GrainIdExtensionString
      AND Version = @GrainStateVersion
    RETURNING Version + 1 AS NewGrainStateVersion;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
