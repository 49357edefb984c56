package gov.perftarget.review.domain;

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
 * proposed grade per criterion ({@link ProposedGrades}). Findings are for the reviewer; none of them
 * rejects anything by itself.
 */
public final class PreReview {

    /** Below this share of quantitative annual measures the targets are not quantified enough (不够细化量化). */
    static final BigDecimal MIN_QUANTITATIVE_SHARE = new BigDecimal("0.5");

    private PreReview() {
    }

    public static PreReviewResult run(SubmittedRevision revision, List<RevisionIndicator> indicators,
            List<CatalogueCategory> catalogue) {
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
                        "第 " + indicator.position() + " 项指标的年度指标值与实施周期指标值不同，请核对",
                        "The annual target of indicator " + indicator.position()
                                + " differs from its period target; compare them"));
            }
        }

        AnnualAgainstPeriod.Result measures = AnnualAgainstPeriod.compare(indicators);
        findings.addAll(measures.findings());
        BigDecimal quantitativeShare = measures.annualMeasures() == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(measures.quantitativeAnnualMeasures())
                        .divide(BigDecimal.valueOf(measures.annualMeasures()), 4, java.math.RoundingMode.HALF_UP);
        if (measures.annualMeasures() > 0 && quantitativeShare.compareTo(MIN_QUANTITATIVE_SHARE) < 0) {
            findings.add(Finding.of(PreReviewFinding.LOW_QUANTITATIVE_SHARE, "indicators",
                    "定量指标值占比 " + percent(quantitativeShare) + "，低于 " + percent(MIN_QUANTITATIVE_SHARE)
                            + "：指标不够细化量化",
                    "Only " + percent(quantitativeShare) + " of the annual measures are quantitative (below "
                            + percent(MIN_QUANTITATIVE_SHARE) + ")"));
        }

        KeyTaskCoverage.Result coverage = KeyTaskCoverage.of(revision.keyTasksOrEmpty(), indicators);
        findings.addAll(coverage.findings());

        findings.sort(Comparator.comparing(Finding::severity));
        return new PreReviewResult(budget, indicators.size(), categories, comparisons, measures.comparisons(),
                quantitativeShare, coverage.tasks(), List.copyOf(findings), count(findings, Severity.ERROR),
                count(findings, Severity.WARNING), ProposedGrades.of(findings), null);
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static List<Finding> partsCompleteness(SubmittedRevision revision, List<RevisionIndicator> indicators) {
        List<Finding> findings = new ArrayList<>();
        if (isBlank(revision.departmentName())) {
            findings.add(Finding.of(PreReviewFinding.MISSING_DEPARTMENT_NAME, "department.name", "缺少部门名称",
                    "The department name is missing"));
        }
        if (revision.budget() == null) {
            findings.add(Finding.of(PreReviewFinding.MISSING_BUDGET, "budget", "缺少预算整体情况", "The budget overview is missing"));
        }
        if (isBlank(revision.overallTarget())) {
            findings.add(Finding.of(PreReviewFinding.MISSING_OVERALL_TARGET, "overallTarget", "缺少总体绩效目标",
                    "The overall performance target is missing"));
        }
        List<SubmittedRevision.KeyTask> tasks = revision.keyTasksOrEmpty();
        if (tasks.isEmpty()) {
            findings.add(Finding.of(PreReviewFinding.MISSING_KEY_TASKS, "keyTasks", "缺少年度重点工作任务",
                    "There are no key work tasks"));
        }
        for (int i = 0; i < tasks.size(); i++) {
            SubmittedRevision.KeyTask task = tasks.get(i);
            if (isBlank(task.name()) || isBlank(task.content()) || isBlank(task.expectedOutcome())
                    || task.plannedFunds() == null) {
                findings.add(Finding.of(PreReviewFinding.INCOMPLETE_KEY_TASK, "keyTasks[" + i + "]",
                        "第 " + (i + 1) + " 项重点工作任务未填写完整（名称、主要实施内容、拟投入的资金、期望达到的目标）",
                        "Key task " + (i + 1) + " is incomplete (name, content, planned funds, expected outcome)"));
            }
        }
        if (indicators.isEmpty()) {
            findings.add(Finding.of(PreReviewFinding.MISSING_INDICATORS, "indicators", "缺少绩效指标",
                    "There are no performance indicators"));
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
            findings.add(Finding.of(PreReviewFinding.MISSING_OUTPUT_INDICATOR, "indicators", "缺少产出指标",
                    "There is no output indicator"));
        }
        if (perLevel1.getOrDefault(CatalogueCategory.OUTCOME, 0) == 0) {
            findings.add(Finding.of(PreReviewFinding.MISSING_OUTCOME_INDICATOR, "indicators", "缺少效益指标",
                    "There is no outcome indicator"));
        }
        if (perLevel1.getOrDefault(CatalogueCategory.SATISFACTION, 0) == 0) {
            findings.add(Finding.of(PreReviewFinding.MISSING_SATISFACTION_INDICATOR, "indicators", "缺少满意度指标",
                    "There is no satisfaction indicator"));
        }
        for (PreReviewResult.CategoryCount category : categories) {
            boolean level1Filled = perLevel1.getOrDefault(category.level1Category(), 0) > 0;
            if (category.count() > 0 || !level1Filled) {
                continue; // an empty 一级 category is reported once, above
            }
            if (CatalogueCategory.COST.equals(category.level2Category())) {
                findings.add(Finding.of(PreReviewFinding.MISSING_COST_INDICATOR, "indicators",
                        "缺少成本指标：绩效目标应反映成本控制要求",
                        "There is no cost indicator: targets should state what the output may cost"));
            } else {
                findings.add(Finding.of(PreReviewFinding.EMPTY_LEVEL2_CATEGORY, "indicators",
                        category.level1CategoryName() + "下的" + category.level2CategoryName() + "为空",
                        "No " + englishName(byCode, category.level2Category()) + " indicator under "
                                + englishName(byCode, category.level1Category())));
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
