-- The overall grade of the latest review decision (审核等级: EXCELLENT, GOOD, FAIR, POOR), as the
-- declaration-reviewed event carries it; null until a decision. The published list of approved forms shows it.
ALTER TABLE declaration ADD COLUMN review_grade varchar(16);
