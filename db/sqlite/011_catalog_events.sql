-- The catalog's event log; the PostgreSQL twin is postgres/013_catalog_events.sql, where every column is described.

CREATE TABLE IF NOT EXISTS reception_catalog_event
(
    sequence  INTEGER NOT NULL PRIMARY KEY,
    at        INTEGER NOT NULL,
    user_name TEXT    NOT NULL,
    role      TEXT    NOT NULL,
    kind      TEXT    NOT NULL,
    key       TEXT    NOT NULL,
    action    TEXT    NOT NULL,
    changes   TEXT    NOT NULL
);
