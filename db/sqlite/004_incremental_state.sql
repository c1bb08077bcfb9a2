-- Header-plus-entries grain state (Reception.Silo.Storage.IncrementalGrainStorage, provider
-- "reception-incremental"): one header row per grain state, one row per entry of its large
-- collections, so a write costs the entries that changed rather than the whole state.

-- version is the grain's ETag (optimistic concurrency). payload NULL = cleared: the row is kept as
-- a tombstone so its version keeps increasing and a stale activation cannot match a recreated
-- state's version.
CREATE TABLE IF NOT EXISTS reception_grain_state
(
    service_id  TEXT    NOT NULL,
    grain_id    TEXT    NOT NULL,
    state_name  TEXT    NOT NULL,
    version     INTEGER NOT NULL,
    payload     BLOB    NULL,
    modified_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (service_id, grain_id, state_name)
);

-- version = the header version whose write last stored this entry. Clustered on the primary key
-- (WITHOUT ROWID), so "all entries of one state" is one contiguous range; no other index is needed.
CREATE TABLE IF NOT EXISTS reception_grain_state_entry
(
    service_id  TEXT    NOT NULL,
    grain_id    TEXT    NOT NULL,
    state_name  TEXT    NOT NULL,
    entry_key   TEXT    NOT NULL,
    version     INTEGER NOT NULL,
    payload     BLOB    NOT NULL,
    PRIMARY KEY (service_id, grain_id, state_name, entry_key)
) WITHOUT ROWID;
