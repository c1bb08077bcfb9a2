-- The catalog's event log (issue 16): every change to a point or a program, who made it, when, and each field's old
-- and new value, kept in the record rather than in the catalog grain's state, which would grow with it forever.
-- The SQLite twin is sqlite/011_catalog_events.sql.
-- sequence: the catalog's version after the change (unique, increasing); at: Unix milliseconds (UTC);
-- role, kind, action: the names the API uses; changes: a JSON array of {field, old, new}.
-- The grain writes each event here after its own state write (an outbox: an event waits in the grain's state until
-- this table has it), so appending the same sequence twice is expected and changes nothing.

CREATE TABLE IF NOT EXISTS reception_catalog_event
(
    sequence  bigint NOT NULL PRIMARY KEY,
    at        bigint NOT NULL,
    user_name text   NOT NULL,
    role      text   NOT NULL,
    kind      text   NOT NULL,
    key       text   NOT NULL,
    action    text   NOT NULL,
    changes   text   NOT NULL
);
