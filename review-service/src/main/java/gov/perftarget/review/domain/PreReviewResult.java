package gov.perftarget.review.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
 * @param keyTaskCoverage       相关性: per key task, the indicators that cover it, and the terms matched and missed
 * @param acrossYears           each annual quantity beside the department's approved target and actual of an earlier year
 * @param findings              every finding, errors first
 * @param errorCount            findings of severity ERROR
 * @param warningCount          findings of severity WARNING
 * @param proposedGrades        the grade proposed per criterion and overall, for the reviewer to confirm or change
 * @param changesSinceReturned  for a revision submitted after a returned one: what changed and which findings are resolved
 */
public record PreReviewResult(
        BudgetCheck budget,
        int indicatorCount,
        List<CategoryCount> categories,
        List<TargetComparison> targetComparisons,
        List<AnnualAgainstPeriod.MeasureComparison> measureComparisons,
        BigDecimal quantitativeShare,
        List<KeyTaskCoverage.TaskCoverage> keyTaskCoverage,
        List<AcrossYears.YearComparison> acrossYears,
        List<Finding> findings,
        long errorCount,
        long warningCount,
        ProposedGrades.Proposal proposedGrades,
        @Schema(nullable = true) ChangesSinceReturned changesSinceReturned) {

    public PreReviewResult withChangesSinceReturned(ChangesSinceReturned changes) {
        return new PreReviewResult(budget, indicatorCount, categories, targetComparisons, measureComparisons,
                quantitativeShare, keyTaskCoverage, acrossYears, findings, errorCount, warningCount, proposedGrades, changes);
    }

    /** Indicators filed under one 二级 category. */
    public record CategoryCount(String level1Category, String level1CategoryName, String level2Category,
            String level2CategoryName, int count) {
    }

    /** The annual against the period target text of one indicator. */
    public record TargetComparison(int position, String name, TextComparison comparison) {
    }
}
