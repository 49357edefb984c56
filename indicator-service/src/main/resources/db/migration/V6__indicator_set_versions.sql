-- The working copy's version: every write makes a new one, and a submission names the version it submits.
-- A superseded version's indicators stay, as revision -version, until the next freeze, so that the freeze
-- takes exactly the set the declarant submitted even when an edit came in between.
ALTER TABLE declaration_state ADD COLUMN working_version integer NOT NULL DEFAULT 0;
