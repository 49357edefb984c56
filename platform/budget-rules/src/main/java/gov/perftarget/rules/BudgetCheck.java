package gov.perftarget.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of checking a budget overview and its key-task funds.
 *
 * @param expenditureTotal  基本支出 + 项目支出 + 财政专项资金 + 其他事业发展性支出
 * @param incomeTotal       财政拨款 + 其他资金
 * @param keyTaskFundsTotal sum of the key tasks' 拟投入的资金
 * @param identities        each identity with both sides
 * @param findings          errors and warnings where an identity fails
 */
public record BudgetCheck(
        BigDecimal expenditureTotal,
        BigDecimal incomeTotal,
        BigDecimal keyTaskFundsTotal,
        List<IdentityCheck> identities,
        List<Finding> findings) {

    public boolean hasErrors() {
        return findings.stream().anyMatch(finding -> finding.is(Severity.ERROR));
    }
}
