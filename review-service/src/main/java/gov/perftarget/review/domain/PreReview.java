package gov.perftarget.review.domain;

import static gov.perftarget.review.Messages.MESSAGES;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import gov.perftarget.rules.BudgetCheck;
import gov.perftarget.rules.BudgetIdentities;
import gov.perftarget.rules.BudgetOverview;
import gov.perftarget.rules.Finding;
import gov.perftarget.rules.Severity;

/**
 * The automatic pre-review (机审, docs/domain.md §4) of a submitted revision: the arithmetic identities,
 * completeness of the parts and of the indicator categories, measurability, relevance (key tasks
 * covered by indicators, {@link KeyTaskCoverage}) and, per indicator, whether the annual target text
 * matches the period target text and how its measures compare ({@link AnnualAgainstPeriod}), with a
 * proposed grade per criterion ({@link ProposedGrades}), and, where the department has an approved revision of
 * an earlier year, each annual quantity against last year's target and actual ({@link AcrossYears}). Findings
 * are for the reviewer; none of them
 * rejects anything by itself.
 */
public final class PreReview {

    /** Below this share of quantitative annual measures the targets are not quantified enough (不够细化量化). */
    static final BigDecimal MIN_QUANTITATIVE_SHARE = new BigDecimal("0.5");

    private PreReview() {
    }

    public static PreReviewResult run(SubmittedRevision revision, List<RevisionIndicator> indicators,
            List<CatalogueCategory> catalogue) {
        return run(revision, indicators, catalogue, null);
    }

    /** The pre-review, with the department's approved revision of an earlier year to compare against (or null). */
    public static PreReviewResult run(SubmittedRevision revision, List<RevisionIndicator> indicators,
            List<CatalogueCategory> catalogue, AcrossYears.PriorYear priorYear) {
        List<Finding> findings = new ArrayList<>();

        List<BigDecimal> taskFunds = revision.keyTasksOrEmpty().stream().map(SubmittedRevision.KeyTask::plannedFunds)
                .toList();
        BudgetOverview overview = revision.budget() != null ? revision.budget()
                : new BudgetOverview(null, null, null, null, null, null, null, null); // reported as missing below
        BudgetCheck budget = BudgetIdentities.check(overview, taskFunds);
        findings.addAll(budget.findings());
        findings.addAll(partsCompleteness(revision, indicators));

        List<PreReviewResult.CategoryCount> categories = countByCategory(indicators, catalogue);
        findings.addAll(categoryCompleteness(categories, catalogue));

        List<PreReviewResult.TargetComparison> comparisons = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            RevisionIndicator indicator = indicators.get(i);
            TextComparison comparison = TextComparison.of(indicator.annualTarget(), indicator.periodTarget());
            comparisons.add(new PreReviewResult.TargetComparison(indicator.position(), indicator.name(), comparison));
            if (comparison == TextComparison.DIFFERENT) {
                findings.add(Finding.of(PreReviewFinding.ANNUAL_TARGET_DIFFERS_FROM_PERIOD, "indicators[" + i + "].annualTarget",
                        MESSAGES.text("finding.annual-target-differs-from-period", indicator.position())));
            }
        }

        AnnualAgainstPeriod.Result measures = AnnualAgainstPeriod.compare(indicators);
        findings.addAll(measures.findings());
        BigDecimal quantitativeShare = measures.annualMeasures() == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(measures.quantitativeAnnualMeasures())
                        .divide(BigDecimal.valueOf(measures.annualMeasures()), 4, java.math.RoundingMode.HALF_UP);
        if (measures.annualMeasures() > 0 && quantitativeShare.compareTo(MIN_QUANTITATIVE_SHARE) < 0) {
            findings.add(Finding.of(PreReviewFinding.LOW_QUANTITATIVE_SHARE, "indicators",
                    MESSAGES.text("finding.low-quantitative-share",
                            percent(quantitativeShare), percent(MIN_QUANTITATIVE_SHARE))));
        }

        KeyTaskCoverage.Result coverage = KeyTaskCoverage.of(revision.keyTasksOrEmpty(), indicators);
        findings.addAll(coverage.findings());

        AcrossYears.Result acrossYears = AcrossYears.compare(indicators, priorYear);
        findings.addAll(acrossYears.findings());

        findings.sort(Comparator.comparing(Finding::severity));
        return new PreReviewResult(budget, indicators.size(), categories, comparisons, measures.comparisons(),
                quantitativeShare, coverage.tasks(), acrossYears.comparisons(), List.copyOf(findings),
                count(findings, Severity.ERROR), count(findings, Severity.WARNING), ProposedGrades.of(findings), null);
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static List<Finding> partsCompleteness(SubmittedRevision revision, List<RevisionIndicator> indicators) {
        List<Finding> findings = new ArrayList<>();
        if (isBlank(revision.departmentName())) {
            findings.add(Finding.of(PreReviewFinding.MISSING_DEPARTMENT_NAME, "department.name",
                    MESSAGES.text("finding.missing-department-name")));
        }
        if (revision.budget() == null) {
            findings.add(Finding.of(PreReviewFinding.MISSING_BUDGET, "budget",
                    MESSAGES.text("finding.missing-budget")));
        }
        if (isBlank(revision.overallTarget())) {
            findings.add(Finding.of(PreReviewFinding.MISSING_OVERALL_TARGET, "overallTarget",
                    MESSAGES.text("finding.missing-overall-target")));
        }
        List<SubmittedRevision.KeyTask> tasks = revision.keyTasksOrEmpty();
        if (tasks.isEmpty()) {
            findings.add(Finding.of(PreReviewFinding.MISSING_KEY_TASKS, "keyTasks",
                    MESSAGES.text("finding.missing-key-tasks")));
        }
        for (int i = 0; i < tasks.size(); i++) {
            SubmittedRevision.KeyTask task = tasks.get(i);
            if (isBlank(task.name()) || isBlank(task.content()) || isBlank(task.expectedOutcome())
                    || task.plannedFunds() == null) {
                findings.add(Finding.of(PreReviewFinding.INCOMPLETE_KEY_TASK, "keyTasks[" + i + "]",
                        MESSAGES.text("finding.incomplete-key-task", (i + 1))));
            }
        }
        if (indicators.isEmpty()) {
            findings.add(Finding.of(PreReviewFinding.MISSING_INDICATORS, "indicators",
                    MESSAGES.text("finding.missing-indicators")));
        }
        return findings;
    }

    private static List<PreReviewResult.CategoryCount> countByCategory(List<RevisionIndicator> indicators,
            List<CatalogueCategory> catalogue) {
        Map<String, Long> counts = indicators.stream()
                .collect(Collectors.groupingBy(RevisionIndicator::level2Category, Collectors.counting()));
        List<PreReviewResult.CategoryCount> categories = new ArrayList<>();
        for (CatalogueCategory level1 : catalogue) {
            for (CatalogueCategory level2 : level1.childrenOrEmpty()) {
                categories.add(new PreReviewResult.CategoryCount(level1.code(), level1.name(), level2.code(),
                        level2.name(), counts.getOrDefault(level2.code(), 0L).intValue()));
            }
        }
        return categories;
    }

    /**
     * At least one output and one outcome indicator (errors); no satisfaction indicator and every
     * empty 二级 category of a filled 一级 category are warnings, the cost category named first.
     */
    private static List<Finding> categoryCompleteness(List<PreReviewResult.CategoryCount> categories,
            List<CatalogueCategory> catalogue) {
        Map<String, Integer> perLevel1 = categories.stream().collect(Collectors.groupingBy(
                PreReviewResult.CategoryCount::level1Category, Collectors.summingInt(PreReviewResult.CategoryCount::count)));
        Map<String, CatalogueCategory> byCode = catalogue.stream()
                .flatMap(level1 -> Stream.concat(Stream.of(level1),
                        level1.childrenOrEmpty().stream()))
                .collect(Collectors.toMap(CatalogueCategory::code, Function.identity(), (a, b) -> a));
        List<Finding> findings = new ArrayList<>();
        if (perLevel1.getOrDefault(CatalogueCategory.OUTPUT, 0) == 0) {
            findings.add(Finding.of(PreReviewFinding.MISSING_OUTPUT_INDICATOR, "indicators",
                    MESSAGES.text("finding.missing-output-indicator")));
        }
        if (perLevel1.getOrDefault(CatalogueCategory.OUTCOME, 0) == 0) {
            findings.add(Finding.of(PreReviewFinding.MISSING_OUTCOME_INDICATOR, "indicators",
                    MESSAGES.text("finding.missing-outcome-indicator")));
        }
        if (perLevel1.getOrDefault(CatalogueCategory.SATISFACTION, 0) == 0) {
            findings.add(Finding.of(PreReviewFinding.MISSING_SATISFACTION_INDICATOR, "indicators",
                    MESSAGES.text("finding.missing-satisfaction-indicator")));
        }
        for (PreReviewResult.CategoryCount category : categories) {
            boolean level1Filled = perLevel1.getOrDefault(category.level1Category(), 0) > 0;
            if (category.count() > 0 || !level1Filled) {
                continue; // an empty 一级 category is reported once, above
            }
            if (CatalogueCategory.COST.equals(category.level2Category())) {
                findings.add(Finding.of(PreReviewFinding.MISSING_COST_INDICATOR, "indicators",
                        MESSAGES.text("finding.missing-cost-indicator")));
            } else {
                findings.add(Finding.of(PreReviewFinding.EMPTY_LEVEL2_CATEGORY, "indicators",
                        MESSAGES.text("finding.empty-level2-category",
                                category.level1CategoryName(), category.level2CategoryName(),
                                englishName(byCode, category.level2Category()),
                                englishName(byCode, category.level1Category()))));
            }
        }
        return findings;
    }

    private static String englishName(Map<String, CatalogueCategory> byCode, String code) {
        CatalogueCategory category = byCode.get(code);
        return category == null || category.nameEn() == null ? code : category.nameEn();
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(finding -> finding.is(severity)).count();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
