package gov.perftarget.review.domain;

import java.util.Map;

/** The four criteria of the target review (docs/domain.md §4), each graded by the reviewer. */
public enum Criterion {
    /** 完整性: all parts filled, the target clear. */
    COMPLETENESS("完整性"),
    /** 相关性: indicators follow from the department's tasks; the key tasks are covered. */
    RELEVANCE("相关性"),
    /** 适当性: targets match the money, neither too low for the funds nor inflated. */
    APPROPRIATENESS("适当性"),
    /** 可行性: measurable, achievable, evidenced. */
    FEASIBILITY("可行性");

    /** Which criterion each pre-review finding bears on; a code not listed bears on completeness. */
    private static final Map<String, Criterion> BY_FINDING = Map.ofEntries(
            Map.entry("KEY_TASK_NOT_COVERED", RELEVANCE),
            Map.entry("BUDGET_EXPENDITURE_INCOME_MISMATCH", APPROPRIATENESS),
            Map.entry("BUDGET_SPECIAL_FUNDS_SPLIT_MISMATCH", APPROPRIATENESS),
            Map.entry("KEY_TASK_FUNDS_ABOVE_CITY_LEVEL_USE", APPROPRIATENESS),
            Map.entry("KEY_TASK_FUNDS_BELOW_CITY_LEVEL_USE", APPROPRIATENESS),
            Map.entry("ANNUAL_ABOVE_PERIOD", APPROPRIATENESS),
            Map.entry("ANNUAL_TEXT_ADDS_ITEMS", APPROPRIATENESS),
            Map.entry("ANNUAL_TARGET_DIFFERS_FROM_PERIOD", APPROPRIATENESS),
            Map.entry("ANNUAL_PERIOD_MEASURE_COUNT_DIFFERS", APPROPRIATENESS),
            Map.entry("ANNUAL_PERIOD_SIGN_MISMATCH", FEASIBILITY),
            Map.entry("ANNUAL_PERIOD_UNIT_MISMATCH", FEASIBILITY),
            Map.entry("QUANTITY_WITHOUT_SIGN", FEASIBILITY),
            Map.entry("QUANTITY_WITHOUT_UNIT", FEASIBILITY),
            Map.entry("LOW_QUANTITATIVE_SHARE", FEASIBILITY));

    private final String chinese;

    Criterion(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public static Criterion ofFinding(String code) {
        return BY_FINDING.getOrDefault(code, COMPLETENESS);
    }
}
