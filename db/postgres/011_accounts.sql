-- The built-in issuer's accounts (issue 16); the SQLite twin is sqlite/009_accounts.sql.
-- user_key: the user name in lower case, so names are unique without regard to case; user_name as it was typed.
-- points/programs: the account's scopes, space-separated. password_hash: ASP.NET Core Identity's PBKDF2 hash.
-- stamp: changes when the account is disabled or its role, scopes or password change; tokens carry it.
-- failed_attempts/failed_since/locked_until: the per-account sign-in limit. Times are Unix milliseconds (UTC).
-- reception_account_event: every change (who, when, what; never a password), in the order it happened.

CREATE TABLE IF NOT EXISTS reception_account
(
    user_key        text    NOT NULL PRIMARY KEY,
    user_name       text    NOT NULL,
    role            text    NOT NULL,
    points          text    NOT NULL DEFAULT '',
    programs        text    NOT NULL DEFAULT '',
    password_hash   text    NOT NULL,
    disabled        boolean NOT NULL DEFAULT false,
    stamp           text    NOT NULL,
    failed_attempts integer NOT NULL DEFAULT 0,
    failed_since    bigint  NULL,
    locked_until    bigint  NULL,
    created_at      bigint  NOT NULL,
    created_by      text    NOT NULL,
    changed_at      bigint  NOT NULL,
    changed_by      text    NOT NULL
);

CREATE TABLE IF NOT EXISTS reception_account_event
(
    event_id  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_key  text   NOT NULL,
    at        bigint NOT NULL,
    by_user   text   NOT NULL,
    kind      text   NOT NULL,
    detail    text   NOT NULL
);

CREATE INDEX IF NOT EXISTS reception_account_event_of_user ON reception_account_event (user_key, event_id);
