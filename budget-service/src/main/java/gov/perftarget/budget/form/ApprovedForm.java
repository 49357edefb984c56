package gov.perftarget.budget.form;

import java.math.BigDecimal;

/**
 * One line of the finance bureau's published list of a year's approved forms (预算公开): the department, the
 * approved revision, its totals in 万元, the review's overall grade and how many indicators the revision has (null
 * where indicator-service does not show them to the caller).
 */
public record ApprovedForm(String departmentCode, String departmentName, int revision, BigDecimal expenditureTotal,
        BigDecimal incomeTotal, BigDecimal specialFunds, BigDecimal keyTaskFunds, String grade, Integer indicatorCount) {
}
