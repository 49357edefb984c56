-- A frozen revision keeps its measures as read when it was submitted: approved targets never change,
-- even when the target grammar improves later; progress and actual values refer to these measures.
ALTER TABLE indicator ADD COLUMN period_measures jsonb;
ALTER TABLE indicator ADD COLUMN annual_measures jsonb;
