package gov.perftarget.review.domain;

import gov.perftarget.rules.BudgetFinding;
import gov.perftarget.rules.FindingCode;
import gov.perftarget.rules.Severity;

/**
 * The findings of the automatic pre-review (docs/domain.md §4), each with its severity and the criterion it
 * bears on (the proposed grades count them there). The budget identities' findings are
 * {@link BudgetFinding}s and bear on appropriateness.
 */
public enum PreReviewFinding implements FindingCode {
    MISSING_DEPARTMENT_NAME(Severity.ERROR, Criterion.COMPLETENESS),
    MISSING_BUDGET(Severity.ERROR, Criterion.COMPLETENESS),
    MISSING_OVERALL_TARGET(Severity.ERROR, Criterion.COMPLETENESS),
    MISSING_KEY_TASKS(Severity.ERROR, Criterion.COMPLETENESS),
    INCOMPLETE_KEY_TASK(Severity.ERROR, Criterion.COMPLETENESS),
    MISSING_INDICATORS(Severity.ERROR, Criterion.COMPLETENESS),
    MISSING_OUTPUT_INDICATOR(Severity.ERROR, Criterion.COMPLETENESS),
    MISSING_OUTCOME_INDICATOR(Severity.ERROR, Criterion.COMPLETENESS),
    MISSING_SATISFACTION_INDICATOR(Severity.WARNING, Criterion.COMPLETENESS),
    MISSING_COST_INDICATOR(Severity.WARNING, Criterion.COMPLETENESS),
    EMPTY_LEVEL2_CATEGORY(Severity.WARNING, Criterion.COMPLETENESS),
    ANNUAL_TARGET_DIFFERS_FROM_PERIOD(Severity.INFO, Criterion.APPROPRIATENESS),
    ANNUAL_PERIOD_SIGN_MISMATCH(Severity.WARNING, Criterion.FEASIBILITY),
    ANNUAL_PERIOD_UNIT_MISMATCH(Severity.WARNING, Criterion.FEASIBILITY),
    ANNUAL_ABOVE_PERIOD(Severity.WARNING, Criterion.APPROPRIATENESS),
    ANNUAL_TEXT_ADDS_ITEMS(Severity.WARNING, Criterion.APPROPRIATENESS),
    ANNUAL_PERIOD_MEASURE_COUNT_DIFFERS(Severity.INFO, Criterion.APPROPRIATENESS),
    QUANTITY_WITHOUT_SIGN(Severity.WARNING, Criterion.FEASIBILITY),
    QUANTITY_WITHOUT_UNIT(Severity.WARNING, Criterion.FEASIBILITY),
    QUANTITY_APPROXIMATE(Severity.WARNING, Criterion.FEASIBILITY),
    LOW_QUANTITATIVE_SHARE(Severity.WARNING, Criterion.FEASIBILITY),
    KEY_TASK_NOT_COVERED(Severity.WARNING, Criterion.RELEVANCE),
    TARGET_BELOW_LAST_YEAR_ACTUAL(Severity.WARNING, Criterion.APPROPRIATENESS),
    TARGET_ABOVE_LAST_YEAR_ACTUAL(Severity.WARNING, Criterion.APPROPRIATENESS),
    TARGET_BELOW_LAST_YEAR_TARGET(Severity.INFO, Criterion.APPROPRIATENESS),
    TARGET_ABOVE_LAST_YEAR_TARGET(Severity.INFO, Criterion.APPROPRIATENESS);

    private final Severity severity;
    private final Criterion criterion;

    PreReviewFinding(Severity severity, Criterion criterion) {
        this.severity = severity;
        this.criterion = criterion;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    public Criterion criterion() {
        return criterion;
    }

    /** The criterion a finding with this code bears on: the identities' bear on appropriateness. */
    public static Criterion criterionOf(String code) {
        for (BudgetFinding budget : BudgetFinding.values()) {
            if (budget.name().equals(code)) {
                return Criterion.APPROPRIATENESS;
            }
        }
        for (PreReviewFinding finding : values()) {
            if (finding.name().equals(code)) {
                return finding.criterion;
            }
        }
        return Criterion.COMPLETENESS;
    }
}
