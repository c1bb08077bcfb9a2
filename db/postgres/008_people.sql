-- Finding people (issue 13): search and the candidates of earlier returns at registration.
-- person_id: every case belongs to a person; a case starts as a person of its own, 'P' || case_id
--   (the same rule as PersonIds.OfFirstCase), and linking moves it to another person's id.
-- birth_year: the year of birth, from the date of birth or arrival year minus the estimated age.
-- phonetic_name: each name token's Spanish phonetic key between single spaces (PhoneticNames):
--   ' MARIA GUADALUPE ERNANDES LOPES '; searches match words with LIKE, through a trigram index.
-- reception_person_key: a case's name keys (NameKeys: given × surname phonetic pairs and the two
--   surnames together), with its birth year, for the candidate lookup at registration.
-- unidentified/description: a person registered without a known identity.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE reception_case ADD COLUMN IF NOT EXISTS birth_year integer NULL;
ALTER TABLE reception_case ADD COLUMN IF NOT EXISTS phonetic_name text NOT NULL DEFAULT '';
ALTER TABLE reception_case ADD COLUMN IF NOT EXISTS unidentified boolean NOT NULL DEFAULT false;
ALTER TABLE reception_case ADD COLUMN IF NOT EXISTS description text NULL;

UPDATE reception_case SET person_id = 'P' || case_id WHERE person_id IS NULL;

CREATE INDEX IF NOT EXISTS reception_case_newest ON reception_case (arrived_at DESC, case_id DESC);
CREATE INDEX IF NOT EXISTS reception_case_point_newest ON reception_case (point_code, arrived_at DESC, case_id DESC);
CREATE INDEX IF NOT EXISTS reception_case_date_of_birth ON reception_case (date_of_birth) WHERE date_of_birth IS NOT NULL;
CREATE INDEX IF NOT EXISTS reception_case_certificate ON reception_case (certificate_number);
CREATE INDEX IF NOT EXISTS reception_case_phonetic_trgm ON reception_case USING gin (phonetic_name gin_trgm_ops);
CREATE INDEX IF NOT EXISTS reception_case_search_trgm ON reception_case USING gin (search_name gin_trgm_ops);
-- Rows written before this script have no phonetic name yet: the silo fills them at startup.
CREATE INDEX IF NOT EXISTS reception_case_unkeyed ON reception_case (case_id) WHERE phonetic_name = '' AND NOT unidentified;

CREATE TABLE IF NOT EXISTS reception_person_key
(
    case_id    text    NOT NULL,
    key        text    NOT NULL,  -- e.g. MARIA|ERNANDES, ERNANDES+LOPES
    birth_year integer NULL,
    PRIMARY KEY (case_id, key)
);

CREATE INDEX IF NOT EXISTS reception_person_key_lookup ON reception_person_key (key, birth_year, case_id);
