package gov.perftarget.rules;

import static gov.perftarget.rules.Messages.MESSAGES;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The arithmetic identities of a declaration's budget overview (docs/domain.md §1), checked with exact
 * decimals:
 * <ul>
 * <li>expenditure total = income total;</li>
 * <li>财政专项资金 = 市本级使用资金 + 拟用于对下转移支付资金;</li>
 * <li>sum of key-task funds = 市本级使用资金 (above it is an error, below it a warning).</li>
 * </ul>
 * budget-service refuses a submission with errors; review-service reports the same checks.
 */
public final class BudgetIdentities {

    public static final String EXPENDITURE_EQUALS_INCOME = "EXPENDITURE_EQUALS_INCOME";
    public static final String SPECIAL_FUNDS_SPLIT = "SPECIAL_FUNDS_SPLIT";
    public static final String KEY_TASK_FUNDS_MATCH_CITY_LEVEL_USE = "KEY_TASK_FUNDS_MATCH_CITY_LEVEL_USE";

    private BudgetIdentities() {
    }

    /**
     * Checks the identities. A missing amount counts as zero here; whether it may be missing is
     * a completeness question answered elsewhere.
     */
    public static BudgetCheck check(BudgetOverview budget, List<BigDecimal> keyTaskFunds) {
        BigDecimal expenditure = sum(budget.basicExpenditure(), budget.projectExpenditure(),
                budget.specialFunds(), budget.otherDevelopmentExpenditure());
        BigDecimal income = sum(budget.fiscalAppropriation(), budget.otherIncome());
        BigDecimal split = sum(budget.cityLevelUse(), budget.transferToLowerLevels());
        BigDecimal special = orZero(budget.specialFunds());
        BigDecimal cityLevelUse = orZero(budget.cityLevelUse());
        BigDecimal taskFunds = sum(keyTaskFunds.toArray(BigDecimal[]::new));

        List<IdentityCheck> identities = List.of(
                new IdentityCheck(EXPENDITURE_EQUALS_INCOME,
                        "支出合计（基本支出+项目支出+财政专项资金+其他事业发展性支出）= 收入合计（财政拨款+其他资金）",
                        expenditure, income, equal(expenditure, income)),
                new IdentityCheck(SPECIAL_FUNDS_SPLIT,
                        "财政专项资金 = 市本级使用资金 + 拟用于对下转移支付资金",
                        special, split, equal(special, split)),
                new IdentityCheck(KEY_TASK_FUNDS_MATCH_CITY_LEVEL_USE,
                        "年度重点工作任务拟投入资金合计 = 市本级使用资金",
                        taskFunds, cityLevelUse, equal(taskFunds, cityLevelUse)));

        List<Finding> findings = new ArrayList<>();
        if (!equal(expenditure, income)) {
            findings.add(Finding.of(BudgetFinding.BUDGET_EXPENDITURE_INCOME_MISMATCH, "budget",
                    MESSAGES.text("finding.budget-expenditure-income-mismatch", plain(expenditure), plain(income))));
        }
        if (!equal(special, split)) {
            findings.add(Finding.of(BudgetFinding.BUDGET_SPECIAL_FUNDS_SPLIT_MISMATCH, "budget.specialFunds",
                    MESSAGES.text("finding.budget-special-funds-split-mismatch", plain(special), plain(split))));
        }
        int taskVsCity = taskFunds.compareTo(cityLevelUse);
        if (taskVsCity > 0) {
            findings.add(Finding.of(BudgetFinding.KEY_TASK_FUNDS_ABOVE_CITY_LEVEL_USE, "keyTasks",
                    MESSAGES.text("finding.key-task-funds-above-city-level-use",
                            plain(taskFunds), plain(cityLevelUse))));
        } else if (taskVsCity < 0) {
            findings.add(Finding.of(BudgetFinding.KEY_TASK_FUNDS_BELOW_CITY_LEVEL_USE, "keyTasks",
                    MESSAGES.text("finding.key-task-funds-below-city-level-use",
                            plain(taskFunds), plain(cityLevelUse))));
        }
        return new BudgetCheck(expenditure, income, taskFunds, identities, List.copyOf(findings));
    }

    private static BigDecimal sum(BigDecimal... amounts) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal amount : amounts) {
            total = total.add(orZero(amount));
        }
        return total.setScale(Math.max(2, total.scale()));
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return Objects.requireNonNullElse(amount, BigDecimal.ZERO);
    }

    /** Equal in value: 100.0 and 100.00 are the same amount. */
    private static boolean equal(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }

    private static String plain(BigDecimal amount) {
        return amount.toPlainString();
    }
}
