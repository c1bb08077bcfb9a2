-- The bulletin of long periods without reading every case; the PostgreSQL twin is postgres/010_statistics_rollup.sql,
-- where the tables are described. Here the triggers are row by row (SQLite has one writer: no concurrent batch to
-- wait for), and two views with INSTEAD OF triggers hold each step once: inserting into
-- reception_statistics_change counts a case into (+1) or out of (-1) its month's combination; inserting a person
-- into reception_statistics_person makes reception_statistics_repeat hold exactly that person's cases when it has
-- more than one. month is the text 'YYYY-MM-01'.

CREATE TABLE IF NOT EXISTS reception_statistics_month
(
    month               TEXT    NOT NULL,
    point_code          TEXT    NOT NULL,
    sex                 TEXT    NOT NULL,
    age_group           TEXT    NULL,
    unaccompanied_minor INTEGER NOT NULL,
    origin_state        TEXT    NULL,
    cases               INTEGER NOT NULL
);

-- Unique in effect (the trigger adds a combination only when no row IS it; NULLs are distinct in a UNIQUE index).
CREATE INDEX IF NOT EXISTS reception_statistics_month_cell ON reception_statistics_month
    (month, point_code, sex, age_group, unaccompanied_minor, origin_state);

CREATE TABLE IF NOT EXISTS reception_statistics_repeat
(
    case_id             TEXT    PRIMARY KEY,
    person_id           TEXT    NOT NULL,
    arrival_local_date  TEXT    NOT NULL,
    point_code          TEXT    NOT NULL,
    sex                 TEXT    NOT NULL,
    age_group           TEXT    NULL,
    unaccompanied_minor INTEGER NOT NULL,
    origin_state        TEXT    NULL
) WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS reception_statistics_repeat_person ON reception_statistics_repeat (person_id);
CREATE INDEX IF NOT EXISTS reception_statistics_repeat_day ON reception_statistics_repeat
    (arrival_local_date, point_code, sex, age_group, unaccompanied_minor, origin_state, person_id);

CREATE VIEW IF NOT EXISTS reception_statistics_change AS
    SELECT arrival_local_date, point_code, sex, age_group, unaccompanied_minor, origin_state, 0 AS sign
      FROM reception_case WHERE 0;

CREATE TRIGGER IF NOT EXISTS reception_statistics_count INSTEAD OF INSERT ON reception_statistics_change
BEGIN
    INSERT INTO reception_statistics_month (month, point_code, sex, age_group, unaccompanied_minor, origin_state, cases)
    SELECT substr(NEW.arrival_local_date, 1, 8) || '01', NEW.point_code, NEW.sex, NEW.age_group, NEW.unaccompanied_minor, NEW.origin_state, 0
     WHERE NOT EXISTS (SELECT 1 FROM reception_statistics_month m
                        WHERE m.month = substr(NEW.arrival_local_date, 1, 8) || '01' AND m.point_code = NEW.point_code AND m.sex = NEW.sex
                          AND m.age_group IS NEW.age_group AND m.unaccompanied_minor = NEW.unaccompanied_minor AND m.origin_state IS NEW.origin_state);
    UPDATE reception_statistics_month SET cases = cases + NEW.sign
     WHERE month = substr(NEW.arrival_local_date, 1, 8) || '01' AND point_code = NEW.point_code AND sex = NEW.sex
       AND age_group IS NEW.age_group AND unaccompanied_minor = NEW.unaccompanied_minor AND origin_state IS NEW.origin_state;
END;

CREATE VIEW IF NOT EXISTS reception_statistics_person AS SELECT person_id FROM reception_case WHERE 0;

CREATE TRIGGER IF NOT EXISTS reception_statistics_refresh INSTEAD OF INSERT ON reception_statistics_person
BEGIN
    -- A case that moved to this person may still be listed under its former one, refreshed after this.
    DELETE FROM reception_statistics_repeat
     WHERE person_id = NEW.person_id OR case_id IN (SELECT c.case_id FROM reception_case c WHERE c.person_id = NEW.person_id);
    INSERT INTO reception_statistics_repeat
    SELECT c.case_id, c.person_id, c.arrival_local_date, c.point_code, c.sex, c.age_group, c.unaccompanied_minor, c.origin_state
      FROM reception_case c
     WHERE c.person_id = NEW.person_id AND (SELECT count(*) FROM reception_case p WHERE p.person_id = NEW.person_id) > 1;
END;

CREATE TRIGGER IF NOT EXISTS reception_statistics_insert AFTER INSERT ON reception_case
BEGIN
    INSERT INTO reception_statistics_change
    VALUES (NEW.arrival_local_date, NEW.point_code, NEW.sex, NEW.age_group, NEW.unaccompanied_minor, NEW.origin_state, 1);
    INSERT INTO reception_statistics_person SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL;
END;

CREATE TRIGGER IF NOT EXISTS reception_statistics_delete AFTER DELETE ON reception_case
BEGIN
    INSERT INTO reception_statistics_change
    VALUES (OLD.arrival_local_date, OLD.point_code, OLD.sex, OLD.age_group, OLD.unaccompanied_minor, OLD.origin_state, -1);
    INSERT INTO reception_statistics_person SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL;
END;

CREATE TRIGGER IF NOT EXISTS reception_statistics_update AFTER UPDATE ON reception_case
    WHEN OLD.person_id IS NOT NEW.person_id OR OLD.arrival_local_date IS NOT NEW.arrival_local_date OR OLD.point_code IS NOT NEW.point_code
      OR OLD.sex IS NOT NEW.sex OR OLD.age_group IS NOT NEW.age_group OR OLD.unaccompanied_minor IS NOT NEW.unaccompanied_minor
      OR OLD.origin_state IS NOT NEW.origin_state
BEGIN
    INSERT INTO reception_statistics_change
    VALUES (OLD.arrival_local_date, OLD.point_code, OLD.sex, OLD.age_group, OLD.unaccompanied_minor, OLD.origin_state, -1),
           (NEW.arrival_local_date, NEW.point_code, NEW.sex, NEW.age_group, NEW.unaccompanied_minor, NEW.origin_state, 1);
    INSERT INTO reception_statistics_person SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL
    UNION SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL;
END;

-- The cases stored before this script, counted by the triggers' own steps: a day and combination at a time, then
-- every person with more than one case.
INSERT INTO reception_statistics_change
SELECT c.arrival_local_date, c.point_code, c.sex, c.age_group, c.unaccompanied_minor, c.origin_state, count(*)
  FROM reception_case c
 GROUP BY c.arrival_local_date, c.point_code, c.sex, c.age_group, c.unaccompanied_minor, c.origin_state;

INSERT INTO reception_statistics_person
SELECT p.person_id FROM reception_case p WHERE p.person_id IS NOT NULL GROUP BY p.person_id HAVING count(*) > 1;
