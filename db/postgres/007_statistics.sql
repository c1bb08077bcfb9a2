-- Statistics (docs/record.md, "Statistics"): the assessment's answers as columns of reception_case, so the
-- profile of returnees can be counted by destination state and point, and covering indexes for the bulletin
-- and the flows over long periods. Self-contained: it only adds to tables of 006.

ALTER TABLE reception_case ADD COLUMN IF NOT EXISTS education_level text    NULL;  -- none | primary | ... | postgraduate (null: not assessed)
ALTER TABLE reception_case ADD COLUMN IF NOT EXISTS occupation      text    NULL;  -- as declared at the latest assessment
ALTER TABLE reception_case ADD COLUMN IF NOT EXISTS years_abroad    integer NULL;
ALTER TABLE reception_case ADD COLUMN IF NOT EXISTS english_level   text    NULL;  -- none | basic | intermediate | fluent
ALTER TABLE reception_case ADD COLUMN IF NOT EXISTS documents_held  text[]  NULL;  -- API names, e.g. {curp,voterId}; empty until assessed

-- The bulletin and the flows read only these columns of a period's cases: an index-only scan.
CREATE INDEX IF NOT EXISTS reception_case_statistics ON reception_case (arrival_local_date, point_code)
    INCLUDE (sex, age_group, unaccompanied_minor, origin_state, person_id, notice_id);
