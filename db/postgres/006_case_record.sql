-- The permanent record of cases (Reception.Silo.Records): one row per case with the columns people
-- search and count by, the case's grain state beside them, an append-only event table (every
-- command and every read of personal data), one row per referral, the needs no program could meet,
-- and the access log of reads that are not of one case (a point's queue, later searches and
-- exports). A case's row, its referrals, its needs and its new events are written in ONE
-- transaction with the grain state, so the record always says what the grain says.
-- Dates called *_local_date are the calendar day at the point (its time zone) when it happened;
-- *_program_date are the day in the programs' reporting zone (America/Mexico_City).

CREATE TABLE IF NOT EXISTS reception_case
(
    case_id                  text        PRIMARY KEY,
    version                  bigint      NOT NULL,  -- the grain's optimistic-concurrency version
    state                    bytea       NOT NULL,  -- the returnee grain's state (Orleans binary format)
    person_id                text        NULL,      -- the person across returns (filled by search/linking)
    point_code               text        NOT NULL,
    arrived_at               timestamptz NOT NULL,
    arrival_local_date       date        NOT NULL,
    certificate_number       text        NOT NULL,
    notice_id                text        NULL,
    given_names              text        NOT NULL,
    surnames                 text        NOT NULL,
    search_name              text        NOT NULL,  -- upper case, no accents, single spaces: "GIVEN SURNAMES"
    sex                      text        NOT NULL,  -- female | male | unspecified
    date_of_birth            date        NULL,
    estimated_age            integer     NULL,
    age_at_arrival           integer     NULL,
    age_group                text        NULL,      -- 0-11 | 12-17 | 18-59 | 60+ (null: age unknown)
    unaccompanied_minor      boolean     NOT NULL,
    accompanied_minor        boolean     NOT NULL,
    accompanying_case_id     text        NULL,
    vulnerabilities          text[]      NOT NULL,  -- API names, e.g. {pregnancy,medicalUrgency}
    priority                 text        NOT NULL,
    curp                     text        NULL,
    origin_state             text        NULL,      -- state of birth from the CURP, else the declared state of origin
    origin_source            text        NULL,      -- curp | declared
    stage                    text        NOT NULL,  -- arrived | assessment | services | departed | transferred
    stage_at                 timestamptz NOT NULL,
    first_assessed_at        timestamptz NULL,
    first_assessed_local_date date       NULL,
    first_service_at         timestamptz NULL,
    first_service_local_date date        NULL,
    destination_state        text        NULL,
    destination_municipality text        NULL,
    exit_kind                text        NULL,      -- departed | transferred
    exit_at                  timestamptz NULL,
    exit_local_date          date        NULL,
    exit_institution         text        NULL,
    unmet_needs              text[]      NOT NULL,
    updated_at               timestamptz NOT NULL
);

CREATE INDEX IF NOT EXISTS reception_case_point_day ON reception_case (point_code, arrival_local_date);
CREATE INDEX IF NOT EXISTS reception_case_arrival_day ON reception_case (arrival_local_date);
CREATE INDEX IF NOT EXISTS reception_case_curp ON reception_case (curp) WHERE curp IS NOT NULL;
CREATE INDEX IF NOT EXISTS reception_case_person ON reception_case (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS reception_case_search_name ON reception_case (search_name text_pattern_ops);

-- Append-only: one row per command and per read of personal data, numbered per case from 1.
CREATE TABLE IF NOT EXISTS reception_case_event
(
    case_id   text        NOT NULL,
    sequence  bigint      NOT NULL,
    at        timestamptz NOT NULL,
    actor     text        NOT NULL,  -- user name, or "system"
    role      text        NOT NULL,  -- coordinator | pointManager | provider | system
    action    text        NOT NULL,  -- registered | viewed | assessed | referred | referral accepted ...
    detail    text        NULL,
    facts     jsonb       NULL,      -- the same facts as named values: {"program": "...", "referral": "..."}
    PRIMARY KEY (case_id, sequence)
);

CREATE INDEX IF NOT EXISTS reception_case_event_actor ON reception_case_event (actor, at);

-- One row per referral, as the case last wrote it.
CREATE TABLE IF NOT EXISTS reception_referral
(
    referral_id          text        PRIMARY KEY,
    case_id              text        NOT NULL,
    program_id           text        NOT NULL,
    point_code           text        NOT NULL,
    status               text        NOT NULL,  -- pending | accepted | declined | completed | cancelled
    automatic            boolean     NOT NULL,
    created_at           timestamptz NOT NULL,
    created_local_date   date        NOT NULL,
    created_program_date date        NOT NULL,
    accepted_at          timestamptz NULL,
    accepted_program_date date       NULL,
    closed_at            timestamptz NULL,      -- declined, completed or cancelled
    closed_local_date    date        NULL,
    closed_program_date  date        NULL
);

CREATE INDEX IF NOT EXISTS reception_referral_case ON reception_referral (case_id);
CREATE INDEX IF NOT EXISTS reception_referral_program_day ON reception_referral (program_id, created_program_date);
CREATE INDEX IF NOT EXISTS reception_referral_point_day ON reception_referral (point_code, created_local_date);

-- A need no program at the point could meet, on the day it was first recorded for the case.
CREATE TABLE IF NOT EXISTS reception_unmet_need
(
    case_id     text NOT NULL,
    category    text NOT NULL,
    point_code  text NOT NULL,
    local_date  date NOT NULL,
    PRIMARY KEY (case_id, category)
);

CREATE INDEX IF NOT EXISTS reception_unmet_need_point_day ON reception_unmet_need (point_code, local_date);

-- Reads of personal data that are not of one case: a point's queue (who, when, how many listed),
-- and later searches and exports. Append-only.
CREATE TABLE IF NOT EXISTS reception_access_log
(
    id        bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at        timestamptz NOT NULL,
    actor     text        NOT NULL,
    role      text        NOT NULL,
    action    text        NOT NULL,  -- queueListed | ...
    subject   text        NOT NULL,  -- e.g. point:TIJ
    listed    integer     NOT NULL,  -- how many people the read showed
    facts     jsonb       NULL
);

CREATE INDEX IF NOT EXISTS reception_access_log_subject ON reception_access_log (subject, at);
CREATE INDEX IF NOT EXISTS reception_access_log_actor ON reception_access_log (actor, at);

-- Nothing updates or deletes an event or an access entry.
CREATE OR REPLACE FUNCTION reception_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;

DROP TRIGGER IF EXISTS reception_case_event_append_only ON reception_case_event;
CREATE TRIGGER reception_case_event_append_only BEFORE UPDATE OR DELETE ON reception_case_event
    FOR EACH ROW EXECUTE FUNCTION reception_refuse_change();

DROP TRIGGER IF EXISTS reception_access_log_append_only ON reception_access_log;
CREATE TRIGGER reception_access_log_append_only BEFORE UPDATE OR DELETE ON reception_access_log
    FOR EACH ROW EXECUTE FUNCTION reception_refuse_change();
