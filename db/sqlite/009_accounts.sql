-- The built-in issuer's accounts; the PostgreSQL twin is postgres/011_accounts.sql, where every column is described.

CREATE TABLE IF NOT EXISTS reception_account
(
    user_key        TEXT    NOT NULL PRIMARY KEY,
    user_name       TEXT    NOT NULL,
    role            TEXT    NOT NULL,
    points          TEXT    NOT NULL DEFAULT '',
    programs        TEXT    NOT NULL DEFAULT '',
    password_hash   TEXT    NOT NULL,
    disabled        INTEGER NOT NULL DEFAULT 0,
    stamp           TEXT    NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    failed_since    INTEGER NULL,
    locked_until    INTEGER NULL,
    created_at      INTEGER NOT NULL,
    created_by      TEXT    NOT NULL,
    changed_at      INTEGER NOT NULL,
    changed_by      TEXT    NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS reception_account_event
(
    event_id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_key TEXT    NOT NULL,
    at       INTEGER NOT NULL,
    by_user  TEXT    NOT NULL,
    kind     TEXT    NOT NULL,
    detail   TEXT    NOT NULL
);

CREATE INDEX IF NOT EXISTS reception_account_event_of_user ON reception_account_event (user_key, event_id);
