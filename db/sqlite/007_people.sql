-- Finding people; the PostgreSQL twin is postgres/008_people.sql, where every column is described.
-- SQLite has no trigram index: name searches match phonetic_name words with LIKE over the rows in scope.

ALTER TABLE reception_case ADD COLUMN birth_year INTEGER NULL;
ALTER TABLE reception_case ADD COLUMN phonetic_name TEXT NOT NULL DEFAULT '';
ALTER TABLE reception_case ADD COLUMN unidentified INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reception_case ADD COLUMN description TEXT NULL;

UPDATE reception_case SET person_id = 'P' || case_id WHERE person_id IS NULL;

CREATE INDEX IF NOT EXISTS reception_case_newest ON reception_case (arrived_at DESC, case_id DESC);
CREATE INDEX IF NOT EXISTS reception_case_point_newest ON reception_case (point_code, arrived_at DESC, case_id DESC);
CREATE INDEX IF NOT EXISTS reception_case_date_of_birth ON reception_case (date_of_birth) WHERE date_of_birth IS NOT NULL;
CREATE INDEX IF NOT EXISTS reception_case_certificate ON reception_case (certificate_number);
CREATE INDEX IF NOT EXISTS reception_case_unkeyed ON reception_case (case_id) WHERE phonetic_name = '' AND unidentified = 0;

CREATE TABLE IF NOT EXISTS reception_person_key
(
    case_id    TEXT    NOT NULL,
    key        TEXT    NOT NULL,
    birth_year INTEGER NULL,
    PRIMARY KEY (case_id, key)
) WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS reception_person_key_lookup ON reception_person_key (key, birth_year, case_id);
