package gov.perftarget.budget.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import gov.perftarget.rules.BudgetOverview;

/** 预算整体情况: the eight money fields of a declaration, in 万元, {@code numeric(15,2)}. */
@Embeddable
public class Budget {

    /** 基本支出. */
    @Column(name = "basic_expenditure")
    public BigDecimal basicExpenditure;

    /** 项目支出. */
    @Column(name = "project_expenditure")
    public BigDecimal projectExpenditure;

    /** 财政拨款. */
    @Column(name = "fiscal_appropriation")
    public BigDecimal fiscalAppropriation;

    /** 其他资金. */
    @Column(name = "other_income")
    public BigDecimal otherIncome;

    /** 事业发展性支出: 财政专项资金. */
    @Column(name = "special_funds")
    public BigDecimal specialFunds;

    /** 事业发展性支出: 其他事业发展性支出. */
    @Column(name = "other_development_expenditure")
    public BigDecimal otherDevelopmentExpenditure;

    /** 按预算级次划分: 市本级使用资金. */
    @Column(name = "city_level_use")
    public BigDecimal cityLevelUse;

    /** 按预算级次划分: 拟用于对下转移支付资金. */
    @Column(name = "transfer_to_lower_levels")
    public BigDecimal transferToLowerLevels;

    public BudgetOverview toOverview() {
        return new BudgetOverview(basicExpenditure, projectExpenditure, fiscalAppropriation, otherIncome,
                specialFunds, otherDevelopmentExpenditure, cityLevelUse, transferToLowerLevels);
    }

    public static Budget of(BudgetOverview overview) {
        Budget budget = new Budget();
        budget.basicExpenditure = overview.basicExpenditure();
        budget.projectExpenditure = overview.projectExpenditure();
        budget.fiscalAppropriation = overview.fiscalAppropriation();
        budget.otherIncome = overview.otherIncome();
        budget.specialFunds = overview.specialFunds();
        budget.otherDevelopmentExpenditure = overview.otherDevelopmentExpenditure();
        budget.cityLevelUse = overview.cityLevelUse();
        budget.transferToLowerLevels = overview.transferToLowerLevels();
        return budget;
    }
}
