-- The permanent record of cases (Reception.Silo.Records); the PostgreSQL twin is postgres/006,
-- where every column is described. Differences here: times are ISO-8601 UTC text
-- ("2026-11-22T18:00:00.000Z"), dates are "YYYY-MM-DD" text, booleans are 0/1, lists
-- (vulnerabilities, unmet_needs) are JSON arrays of API names, facts are JSON text.

CREATE TABLE IF NOT EXISTS reception_case
(
    case_id                  TEXT    PRIMARY KEY,
    version                  INTEGER NOT NULL,
    state                    BLOB    NOT NULL,
    person_id                TEXT    NULL,
    point_code               TEXT    NOT NULL,
    arrived_at               TEXT    NOT NULL,
    arrival_local_date       TEXT    NOT NULL,
    certificate_number       TEXT    NOT NULL,
    notice_id                TEXT    NULL,
    given_names              TEXT    NOT NULL,
    surnames                 TEXT    NOT NULL,
    search_name              TEXT    NOT NULL,
    sex                      TEXT    NOT NULL,
    date_of_birth            TEXT    NULL,
    estimated_age            INTEGER NULL,
    age_at_arrival           INTEGER NULL,
    age_group                TEXT    NULL,
    unaccompanied_minor      INTEGER NOT NULL,
    accompanied_minor        INTEGER NOT NULL,
    accompanying_case_id     TEXT    NULL,
    vulnerabilities          TEXT    NOT NULL,
    priority                 TEXT    NOT NULL,
    curp                     TEXT    NULL,
    origin_state             TEXT    NULL,
    origin_source            TEXT    NULL,
    stage                    TEXT    NOT NULL,
    stage_at                 TEXT    NOT NULL,
    first_assessed_at        TEXT    NULL,
    first_assessed_local_date TEXT   NULL,
    first_service_at         TEXT    NULL,
    first_service_local_date TEXT    NULL,
    destination_state        TEXT    NULL,
    destination_municipality TEXT    NULL,
    exit_kind                TEXT    NULL,
    exit_at                  TEXT    NULL,
    exit_local_date          TEXT    NULL,
    exit_institution         TEXT    NULL,
    unmet_needs              TEXT    NOT NULL,
    updated_at               TEXT    NOT NULL
);

CREATE INDEX IF NOT EXISTS reception_case_point_day ON reception_case (point_code, arrival_local_date);
CREATE INDEX IF NOT EXISTS reception_case_arrival_day ON reception_case (arrival_local_date);
CREATE INDEX IF NOT EXISTS reception_case_curp ON reception_case (curp) WHERE curp IS NOT NULL;
CREATE INDEX IF NOT EXISTS reception_case_person ON reception_case (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS reception_case_search_name ON reception_case (search_name);

CREATE TABLE IF NOT EXISTS reception_case_event
(
    case_id   TEXT    NOT NULL,
    sequence  INTEGER NOT NULL,
    at        TEXT    NOT NULL,
    actor     TEXT    NOT NULL,
    role      TEXT    NOT NULL,
    action    TEXT    NOT NULL,
    detail    TEXT    NULL,
    facts     TEXT    NULL,
    PRIMARY KEY (case_id, sequence)
) WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS reception_case_event_actor ON reception_case_event (actor, at);

CREATE TABLE IF NOT EXISTS reception_referral
(
    referral_id           TEXT    PRIMARY KEY,
    case_id               TEXT    NOT NULL,
    program_id            TEXT    NOT NULL,
    point_code            TEXT    NOT NULL,
    status                TEXT    NOT NULL,
    automatic             INTEGER NOT NULL,
    created_at            TEXT    NOT NULL,
    created_local_date    TEXT    NOT NULL,
    created_program_date  TEXT    NOT NULL,
    accepted_at           TEXT    NULL,
    accepted_program_date TEXT    NULL,
    closed_at             TEXT    NULL,
    closed_local_date     TEXT    NULL,
    closed_program_date   TEXT    NULL
);

CREATE INDEX IF NOT EXISTS reception_referral_case ON reception_referral (case_id);
CREATE INDEX IF NOT EXISTS reception_referral_program_day ON reception_referral (program_id, created_program_date);
CREATE INDEX IF NOT EXISTS reception_referral_point_day ON reception_referral (point_code, created_local_date);

CREATE TABLE IF NOT EXISTS reception_unmet_need
(
    case_id     TEXT NOT NULL,
    category    TEXT NOT NULL,
    point_code  TEXT NOT NULL,
    local_date  TEXT NOT NULL,
    PRIMARY KEY (case_id, category)
) WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS reception_unmet_need_point_day ON reception_unmet_need (point_code, local_date);

CREATE TABLE IF NOT EXISTS reception_access_log
(
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT    NOT NULL,
    actor     TEXT    NOT NULL,
    role      TEXT    NOT NULL,
    action    TEXT    NOT NULL,
    subject   TEXT    NOT NULL,
    listed    INTEGER NOT NULL,
    facts     TEXT    NULL
);

CREATE INDEX IF NOT EXISTS reception_access_log_subject ON reception_access_log (subject, at);
CREATE INDEX IF NOT EXISTS reception_access_log_actor ON reception_access_log (actor, at);

-- Nothing updates or deletes an event or an access entry.
CREATE TRIGGER IF NOT EXISTS reception_case_event_no_update BEFORE UPDATE ON reception_case_event
BEGIN SELECT RAISE(ABORT, 'reception_case_event is append-only'); END;
CREATE TRIGGER IF NOT EXISTS reception_case_event_no_delete BEFORE DELETE ON reception_case_event
BEGIN SELECT RAISE(ABORT, 'reception_case_event is append-only'); END;
CREATE TRIGGER IF NOT EXISTS reception_access_log_no_update BEFORE UPDATE ON reception_access_log
BEGIN SELECT RAISE(ABORT, 'reception_access_log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS reception_access_log_no_delete BEFORE DELETE ON reception_access_log
BEGIN SELECT RAISE(ABORT, 'reception_access_log is append-only'); END;
