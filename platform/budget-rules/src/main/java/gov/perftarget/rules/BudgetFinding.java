package gov.perftarget.rules;

/** The findings of the budget overview's identities (docs/domain.md §1). */
public enum BudgetFinding implements FindingCode {
    /** 支出合计与收入合计不相等. */
    BUDGET_EXPENDITURE_INCOME_MISMATCH(Severity.ERROR),
    /** 财政专项资金 ≠ 市本级使用资金 + 拟用于对下转移支付资金. */
    BUDGET_SPECIAL_FUNDS_SPLIT_MISMATCH(Severity.ERROR),
    /** 重点工作任务资金合计超过市本级使用资金. */
    KEY_TASK_FUNDS_ABOVE_CITY_LEVEL_USE(Severity.ERROR),
    /** 重点工作任务资金合计低于市本级使用资金. */
    KEY_TASK_FUNDS_BELOW_CITY_LEVEL_USE(Severity.WARNING);

    private final Severity severity;

    BudgetFinding(Severity severity) {
        this.severity = severity;
    }

    @Override
    public Severity severity() {
        return severity;
    }
}
