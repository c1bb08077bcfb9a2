-- The person's rights and retention; the PostgreSQL twin is postgres/012_rights.sql, where every change is described.

ALTER TABLE reception_case ADD COLUMN anonymised_at TEXT NULL;

CREATE INDEX IF NOT EXISTS reception_case_retention ON reception_case (exit_at) WHERE anonymised_at IS NULL AND exit_at IS NOT NULL;

ALTER TABLE reception_case_event ADD COLUMN anonymised INTEGER NOT NULL DEFAULT 0;

DROP TRIGGER IF EXISTS reception_case_event_no_update;
CREATE TRIGGER reception_case_event_no_update BEFORE UPDATE ON reception_case_event
WHEN NOT (OLD.anonymised = 0 AND NEW.anonymised = 1
          AND NEW.case_id = OLD.case_id AND NEW.sequence = OLD.sequence AND NEW.at = OLD.at
          AND NEW.actor = OLD.actor AND NEW.role = OLD.role AND NEW.action = OLD.action)
BEGIN SELECT RAISE(ABORT, 'reception_case_event is append-only (an event changes once, when its case is anonymised)'); END;
