package gov.perftarget.review.domain;

import java.math.BigDecimal;
import java.util.List;

import gov.perftarget.rules.BudgetCheck;
import gov.perftarget.rules.Finding;

/**
 * The automatic pre-review (机审) of one submitted revision.
 *
 * @param budget                the arithmetic identities with their sums
 * @param indicatorCount        number of 三级 indicators
 * @param categories            indicator count per 二级 category, every category of the catalogue listed
 * @param targetComparisons     per indicator, how the annual target text compares with the period one
 * @param measureComparisons    each annual quantity against its period quantity, with the annual/period ratio
 * @param quantitativeShare     share of the annual measures that are quantitative (measurability), 0 to 1
 * @param findings              every finding, errors first
 * @param errorCount            findings of severity ERROR
 * @param warningCount          findings of severity WARNING
 */
public record PreReviewResult(
        BudgetCheck budget,
        int indicatorCount,
        List<CategoryCount> categories,
        List<TargetComparison> targetComparisons,
        List<AnnualAgainstPeriod.MeasureComparison> measureComparisons,
        BigDecimal quantitativeShare,
        List<Finding> findings,
        long errorCount,
        long warningCount) {

    /** Indicators filed under one 二级 category. */
    public record CategoryCount(String level1Category, String level1CategoryName, String level2Category,
            String level2CategoryName, int count) {
    }

    /** The annual against the period target text of one indicator. */
    public record TargetComparison(int position, String name, TextComparison comparison) {
    }
}
