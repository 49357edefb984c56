-- The latest mid-year monitoring report of the declaration's approved revision (docs/domain.md §8), as the
-- monitoring-reported event carries it: its lights and budget execution; null until a department reports.
ALTER TABLE declaration ADD COLUMN monitoring jsonb;
