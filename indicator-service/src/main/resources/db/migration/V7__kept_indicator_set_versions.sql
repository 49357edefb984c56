-- The lowest working-copy version a submission may still name: versions before the last freeze are gone,
-- so that a submission naming one is refused rather than frozen empty.
ALTER TABLE declaration_state ADD COLUMN kept_from_version integer NOT NULL DEFAULT 0;
