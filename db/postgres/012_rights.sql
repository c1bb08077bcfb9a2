-- The person's rights and retention (docs/record.md, "Rights and retention"). A case anonymised on request or by
-- the retention policy keeps what the statistics count and loses what identifies the person; its events keep their
-- action, time, actor and role, and lose their text and every fact that could identify the person.

-- When the case was anonymised (null: never). The retention job looks for closed cases still null here.
ALTER TABLE reception_case ADD COLUMN IF NOT EXISTS anonymised_at timestamptz NULL;

CREATE INDEX IF NOT EXISTS reception_case_retention ON reception_case (exit_at) WHERE anonymised_at IS NULL AND exit_at IS NOT NULL;

-- An event stays append-only with one exception: once, when its case is anonymised, its detail and facts may be
-- replaced (anonymised false → true) while case, sequence, time, actor, role and action stay as they were.
ALTER TABLE reception_case_event ADD COLUMN IF NOT EXISTS anonymised boolean NOT NULL DEFAULT false;

CREATE OR REPLACE FUNCTION reception_case_event_anonymise_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NOT OLD.anonymised AND NEW.anonymised
       AND NEW.case_id = OLD.case_id AND NEW.sequence = OLD.sequence AND NEW.at = OLD.at
       AND NEW.actor = OLD.actor AND NEW.role = OLD.role AND NEW.action = OLD.action THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '% is append-only (an event changes once, when its case is anonymised)', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

DROP TRIGGER IF EXISTS reception_case_event_append_only ON reception_case_event;
CREATE TRIGGER reception_case_event_append_only BEFORE UPDATE OR DELETE ON reception_case_event
    FOR EACH ROW EXECUTE FUNCTION reception_case_event_anonymise_only();
