-- The bulletin of long periods without reading every case (docs/performance.md, "Statistics"; docs/record.md,
-- "Statistics"). Two tables kept by triggers on reception_case, in the transaction that writes the case, so they
-- say what the cases say whatever writes them (the record, a correction, a person link or unlink, this script):
--
-- reception_statistics_month: how many cases arrived in each month (of arrival_local_date) for each combination
--   of the columns the bulletin counts by, as recorded (raw age_group and unaccompanied_minor: the bulletin's
--   age groups and accompaniment are applied when it is read, in StatisticsSql, their one place), in up to eight
--   rows (slot) that add up. A whole month of the bulletin reads these rows instead of its cases; rows may stay at 0.
-- reception_statistics_repeat: the same columns for every case whose person has more than one case. A person
--   with one case is one person wherever it is counted; only these rows need telling persons apart.
--
-- Self-contained: it only adds to tables of 006 and 008.

CREATE TABLE IF NOT EXISTS reception_statistics_month
(
    month               date    NOT NULL,  -- the first day of the month of arrival_local_date
    point_code          text    NOT NULL,
    sex                 text    NOT NULL,
    age_group           text    NULL,
    unaccompanied_minor boolean NOT NULL,
    origin_state        text    NULL,
    slot                smallint NOT NULL,  -- 0-7, the writing transaction's id modulo 8 (below)
    cases               integer NOT NULL,
    CONSTRAINT reception_statistics_month_cell
        UNIQUE NULLS NOT DISTINCT (month, point_code, sex, age_group, unaccompanied_minor, origin_state, slot)
);

CREATE TABLE IF NOT EXISTS reception_statistics_repeat
(
    case_id             text    PRIMARY KEY,
    person_id           text    NOT NULL,
    arrival_local_date  date    NOT NULL,
    point_code          text    NOT NULL,
    sex                 text    NOT NULL,
    age_group           text    NULL,
    unaccompanied_minor boolean NOT NULL,
    origin_state        text    NULL
);

CREATE INDEX IF NOT EXISTS reception_statistics_repeat_person ON reception_statistics_repeat (person_id);
CREATE INDEX IF NOT EXISTS reception_statistics_repeat_day ON reception_statistics_repeat (arrival_local_date, point_code)
    INCLUDE (sex, age_group, unaccompanied_minor, origin_state, person_id);

-- One case leaving (sign -1) or entering (+1) a combination.
DROP TYPE IF EXISTS reception_statistics_change CASCADE;
CREATE TYPE reception_statistics_change AS
(
    person_id           text,
    arrival_local_date  date,
    point_code          text,
    sex                 text,
    age_group           text,
    unaccompanied_minor boolean,
    origin_state        text,
    sign                integer
);

-- Counts the changes into their months, in the order of the months' keys so concurrent batches wait for each
-- other rather than deadlock, and into one of eight slots by transaction (the month's row of a busy point would
-- otherwise make concurrent batches commit one after the other: readers add the slots up); then makes
-- reception_statistics_repeat hold exactly the cases of the persons touched that have more than one case. Two
-- transactions adding a case each to the same person would each see only its own (the other's is not committed):
-- so a transaction first takes a lock of each person it touches (an advisory lock on the person id's hash, in key
-- order, held to its end) and the other waits, then sees the first one's cases (READ COMMITTED takes a snapshot
-- per statement). A statement touching more than 1,000 persons (a bulk insert) takes one lock of all persons
-- instead, which every other statement holds shared.
CREATE OR REPLACE FUNCTION reception_statistics_apply(changes reception_statistics_change[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    persons text[];
BEGIN
    INSERT INTO reception_statistics_month AS m (month, point_code, sex, age_group, unaccompanied_minor, origin_state, slot, cases)
    SELECT date_trunc('month', c.arrival_local_date)::date, c.point_code, c.sex, c.age_group, c.unaccompanied_minor, c.origin_state,
           txid_current() % 8, sum(c.sign)
      FROM unnest(changes) c
     GROUP BY 1, 2, 3, 4, 5, 6
    HAVING sum(c.sign) <> 0
     ORDER BY 1, 2, 3, 4, 5, 6
        ON CONFLICT ON CONSTRAINT reception_statistics_month_cell DO UPDATE SET cases = m.cases + excluded.cases;

    persons := ARRAY(SELECT DISTINCT c.person_id FROM unnest(changes) c WHERE c.person_id IS NOT NULL);
    IF cardinality(persons) = 0 THEN
        RETURN;
    ELSIF cardinality(persons) > 1000 THEN
        PERFORM pg_advisory_xact_lock(1380143956, 0);  -- 'RCST': all persons; 'RCSU' (+1): one person
    ELSE
        PERFORM pg_advisory_xact_lock_shared(1380143956, 0);
        PERFORM pg_advisory_xact_lock(1380143957, k.key)
           FROM (SELECT DISTINCT hashtext(p) AS key FROM unnest(persons) p ORDER BY 1) k;
    END IF;
    DELETE FROM reception_statistics_repeat r WHERE r.person_id = ANY (persons);
    INSERT INTO reception_statistics_repeat AS r
    SELECT c.case_id, c.person_id, c.arrival_local_date, c.point_code, c.sex, c.age_group, c.unaccompanied_minor, c.origin_state
      FROM reception_case c
     WHERE c.person_id IN (SELECT p.person_id FROM reception_case p WHERE p.person_id = ANY (persons)
                            GROUP BY p.person_id HAVING count(*) > 1)
        ON CONFLICT (case_id) DO UPDATE SET person_id = excluded.person_id, arrival_local_date = excluded.arrival_local_date,
           point_code = excluded.point_code, sex = excluded.sex, age_group = excluded.age_group,
           unaccompanied_minor = excluded.unaccompanied_minor, origin_state = excluded.origin_state;
END;
$$;

-- Registrations arrive many to a statement: one call per statement. An update counts only when a counted column
-- or the person changed (most updates are a case's progress, and skip it): one call per such row.
CREATE OR REPLACE FUNCTION reception_statistics_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM reception_statistics_apply(ARRAY(
            SELECT (n.person_id, n.arrival_local_date, n.point_code, n.sex, n.age_group, n.unaccompanied_minor, n.origin_state, 1)::reception_statistics_change
              FROM new_cases n));
        RETURN NULL;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM reception_statistics_apply(ARRAY(
            SELECT (o.person_id, o.arrival_local_date, o.point_code, o.sex, o.age_group, o.unaccompanied_minor, o.origin_state, -1)::reception_statistics_change
              FROM old_cases o));
        RETURN NULL;
    END IF;
    PERFORM reception_statistics_apply(ARRAY[
        (OLD.person_id, OLD.arrival_local_date, OLD.point_code, OLD.sex, OLD.age_group, OLD.unaccompanied_minor, OLD.origin_state, -1)::reception_statistics_change,
        (NEW.person_id, NEW.arrival_local_date, NEW.point_code, NEW.sex, NEW.age_group, NEW.unaccompanied_minor, NEW.origin_state, 1)::reception_statistics_change]);
    RETURN NULL;
END;
$$;

-- No case is written while the triggers are created and the tables filled: what was written before is counted
-- below, what is written after by the triggers.
LOCK TABLE reception_case IN SHARE ROW EXCLUSIVE MODE;

DROP TRIGGER IF EXISTS reception_statistics_insert ON reception_case;
CREATE TRIGGER reception_statistics_insert AFTER INSERT ON reception_case
    REFERENCING NEW TABLE AS new_cases FOR EACH STATEMENT EXECUTE FUNCTION reception_statistics_track();

DROP TRIGGER IF EXISTS reception_statistics_delete ON reception_case;
CREATE TRIGGER reception_statistics_delete AFTER DELETE ON reception_case
    REFERENCING OLD TABLE AS old_cases FOR EACH STATEMENT EXECUTE FUNCTION reception_statistics_track();

DROP TRIGGER IF EXISTS reception_statistics_update ON reception_case;
CREATE TRIGGER reception_statistics_update AFTER UPDATE ON reception_case FOR EACH ROW
    WHEN ((OLD.person_id, OLD.arrival_local_date, OLD.point_code, OLD.sex, OLD.age_group, OLD.unaccompanied_minor, OLD.origin_state)
          IS DISTINCT FROM (NEW.person_id, NEW.arrival_local_date, NEW.point_code, NEW.sex, NEW.age_group, NEW.unaccompanied_minor, NEW.origin_state))
    EXECUTE FUNCTION reception_statistics_track();

TRUNCATE reception_statistics_month, reception_statistics_repeat;

-- The cases stored before this script, counted by the triggers' own function: a day and combination at a time,
-- then every person with more than one case (a change that moves no case, sign 0).
SELECT reception_statistics_apply(ARRAY(
    SELECT (NULL, c.arrival_local_date, c.point_code, c.sex, c.age_group, c.unaccompanied_minor, c.origin_state, count(*)::integer)::reception_statistics_change
      FROM reception_case c
     GROUP BY c.arrival_local_date, c.point_code, c.sex, c.age_group, c.unaccompanied_minor, c.origin_state));

SELECT reception_statistics_apply(ARRAY(
    SELECT (p.person_id, NULL, NULL, NULL, NULL, NULL, NULL, 0)::reception_statistics_change
      FROM reception_case p WHERE p.person_id IS NOT NULL
     GROUP BY p.person_id HAVING count(*) > 1));
