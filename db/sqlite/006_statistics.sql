-- Statistics; the PostgreSQL twin is postgres/007_statistics.sql, where every column is described.
-- documents_held is a JSON array of API names.

ALTER TABLE reception_case ADD COLUMN education_level TEXT NULL;
ALTER TABLE reception_case ADD COLUMN occupation TEXT NULL;
ALTER TABLE reception_case ADD COLUMN years_abroad INTEGER NULL;
ALTER TABLE reception_case ADD COLUMN english_level TEXT NULL;
ALTER TABLE reception_case ADD COLUMN documents_held TEXT NULL;

CREATE INDEX IF NOT EXISTS reception_case_statistics ON reception_case
    (arrival_local_date, point_code, sex, age_group, unaccompanied_minor, origin_state, person_id, notice_id);
