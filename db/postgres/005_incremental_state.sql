-- Header-plus-entries grain state (Reception.Silo.Storage.IncrementalGrainStorage, provider
-- "reception-incremental"): one header row per grain state, one row per entry of its large
-- collections, so a write costs the entries that changed rather than the whole state.

-- version is the grain's ETag (optimistic concurrency). payload NULL = cleared: the row is kept as
-- a tombstone so its version keeps increasing and a stale activation cannot match a recreated
-- state's version.
CREATE TABLE IF NOT EXISTS reception_grain_state
(
    service_id  text        NOT NULL,
    grain_id    text        NOT NULL,
    state_name  text        NOT NULL,
    version     integer     NOT NULL,
    payload     bytea       NULL,
    modified_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (service_id, grain_id, state_name)
);

-- version = the header version whose write last stored this entry. The primary key's leading
-- columns serve "all entries of one state" as an index range scan; no other index is needed.
CREATE TABLE IF NOT EXISTS reception_grain_state_entry
(
    service_id  text    NOT NULL,
    grain_id    text    NOT NULL,
    state_name  text    NOT NULL,
    entry_key   text    NOT NULL,
    version     integer NOT NULL,
    payload     bytea   NOT NULL,
    PRIMARY KEY (service_id, grain_id, state_name, entry_key)
);
