package gov.perftarget.rules;

import java.math.BigDecimal;

/**
 * 预算整体情况: the eight money fields of a declaration, in 万元 with two decimals.
 *
 * @param basicExpenditure            基本支出
 * @param projectExpenditure          项目支出
 * @param fiscalAppropriation         财政拨款
 * @param otherIncome                 其他资金
 * @param specialFunds                事业发展性支出: 财政专项资金
 * @param otherDevelopmentExpenditure 事业发展性支出: 其他事业发展性支出
 * @param cityLevelUse                按预算级次划分: 市本级使用资金
 * @param transferToLowerLevels       按预算级次划分: 拟用于对下转移支付资金
 */
public record BudgetOverview(
        @Money BigDecimal basicExpenditure,
        @Money BigDecimal projectExpenditure,
        @Money BigDecimal fiscalAppropriation,
        @Money BigDecimal otherIncome,
        @Money BigDecimal specialFunds,
        @Money BigDecimal otherDevelopmentExpenditure,
        @Money BigDecimal cityLevelUse,
        @Money BigDecimal transferToLowerLevels) {
}
