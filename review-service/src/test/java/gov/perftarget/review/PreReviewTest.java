package gov.perftarget.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import gov.perftarget.review.domain.AnnualAgainstPeriod;
import gov.perftarget.review.domain.MeasureKind;
import gov.perftarget.review.domain.MeasureView;
import gov.perftarget.review.domain.PreReview;
import gov.perftarget.review.domain.PreReviewResult;
import gov.perftarget.review.domain.RevisionIndicator;
import gov.perftarget.review.domain.SubmittedRevision;
import gov.perftarget.review.domain.TextComparison;
import gov.perftarget.rules.Finding;
import gov.perftarget.rules.Severity;

/** The pre-review rules alone, without Quarkus. */
class PreReviewTest {

    @Test
    void shouldReportTheSeedSumsCategoriesAndMissingSatisfaction() {
        PreReviewResult result = PreReview.run(SeedRevision.submitted(), SeedRevision.indicators(),
                SeedRevision.CATALOGUE);

        assertEquals(new BigDecimal("494772.54"), result.budget().expenditureTotal());
        assertEquals(new BigDecimal("494772.54"), result.budget().incomeTotal());
        assertEquals(new BigDecimal("412768.56"), result.budget().keyTaskFundsTotal());
        assertEquals(10, result.indicatorCount());
        Map<String, Integer> counts = result.categories().stream()
                .collect(Collectors.toMap(PreReviewResult.CategoryCount::level2Category,
                        PreReviewResult.CategoryCount::count));
        assertEquals(7, counts.get("QUANTITY"));
        assertEquals(3, counts.get("SOCIAL"));
        assertEquals(9, counts.size(), "every 二级 category of the catalogue is listed");
        assertEquals(0, result.errorCount());
        assertTrue(codes(result).contains("MISSING_SATISFACTION_INDICATOR"));
        assertTrue(codes(result).contains("MISSING_COST_INDICATOR"));
        assertEquals(List.of("EMPTY_LEVEL2_CATEGORY"), codes(result).stream()
                .filter(code -> code.equals("EMPTY_LEVEL2_CATEGORY")).distinct().toList());
        // quality, timeliness, economic, ecological, sustainability; cost has its own finding
        assertEquals(5, codes(result).stream().filter(code -> code.equals("EMPTY_LEVEL2_CATEGORY")).count());
        // the seven category warnings, the sign-less 新增省级以上孵化载体15家, and indicator 8's added items
        assertEquals(9, result.warningCount());
    }

    @Test
    void shouldCompareAnnualWithPeriodMeasures() {
        PreReviewResult result = PreReview.run(SeedRevision.submitted(), SeedRevision.indicators(),
                SeedRevision.CATALOGUE);

        assertEquals(10, result.measureComparisons().size());
        assertTrue(result.measureComparisons().stream().allMatch(c -> c.ratio().compareTo(BigDecimal.ONE) == 0));
        assertEquals(new BigDecimal("0.5263"), result.quantitativeShare(), "10 of 19 annual measures are quantities");
        Finding added = result.findings().stream().filter(f -> f.code().equals("ANNUAL_TEXT_ADDS_ITEMS")).findFirst()
                .orElseThrow();
        assertEquals("indicators[7].annualTarget", added.field());
        assertTrue(added.message().contains("人工智能") && added.message().contains("推动国家实验室广州基地建设工作"),
                added.message());
        assertTrue(!added.message().contains("海洋科学"), "海洋科学 is in the period text too: " + added.message());
        Finding signless = result.findings().stream().filter(f -> f.code().equals("QUANTITY_WITHOUT_SIGN"))
                .findFirst().orElseThrow();
        assertEquals("indicators[3].annualTarget", signless.field());
    }

    @Test
    void shouldWarnOfAnAnnualQuantityAboveItsPeriodAndOfAChangedUnit() {
        RevisionIndicator seedFirst = SeedRevision.indicators().get(0);
        MeasureView period = seedFirst.periodMeasures().get(0);
        MeasureView above = new MeasureView("QUANTITATIVE", period.metric(), "≥", new BigDecimal("900"), null, "项", null,
                null, "开展市校（院）联合资助项目数量≥900项", false, List.of());
        MeasureView otherUnit = new MeasureView("QUANTITATIVE", period.metric(), "≥", new BigDecimal("800"), null, "个", null,
                null, "开展市校（院）联合资助项目数量≥800个", false, List.of());

        AnnualAgainstPeriod.Result higher = AnnualAgainstPeriod.compare(List.of(withAnnual(seedFirst, above)));
        AnnualAgainstPeriod.Result changedUnit = AnnualAgainstPeriod.compare(List.of(withAnnual(seedFirst, otherUnit)));

        assertEquals(new BigDecimal("1.125"), higher.comparisons().get(0).ratio());
        assertEquals(List.of("ANNUAL_ABOVE_PERIOD"), higher.findings().stream().map(Finding::code).toList());
        assertEquals(List.of("ANNUAL_PERIOD_UNIT_MISMATCH"), changedUnit.findings().stream().map(Finding::code).toList());
        assertEquals(null, changedUnit.comparisons().get(0).ratio(), "no ratio across units");
    }

    @Test
    void shouldShowBothSidesOfAComparisonAsWrittenAndAsComparedInOneUnit() {
        RevisionIndicator seedFirst = SeedRevision.indicators().get(0);
        MeasureView period = new MeasureView("QUANTITATIVE", "研发投入", "≥", new BigDecimal("0.3"), null, "亿元",
                new BigDecimal("3000"), "万元", "研发投入≥0.3亿元", false, List.of());
        MeasureView annual = new MeasureView("QUANTITATIVE", "研发投入", "≥", new BigDecimal("3000"), null, "万元",
                new BigDecimal("3000"), "万元", "研发投入≥3000万元", false, List.of());
        RevisionIndicator indicator = new RevisionIndicator(seedFirst.position(), seedFirst.level1Category(),
                seedFirst.level1CategoryName(), seedFirst.level2Category(), seedFirst.level2CategoryName(), "研发投入",
                period.text(), annual.text(), null, List.of(period), List.of(annual));

        AnnualAgainstPeriod.MeasureComparison comparison = AnnualAgainstPeriod.compare(List.of(indicator)).comparisons().get(0);
        assertEquals("万元", comparison.annualUnit());
        assertEquals("亿元", comparison.periodUnit());
        assertEquals(0, comparison.comparedPeriodValue().compareTo(new BigDecimal("3000")), "0.3 亿元 compared as 3000 万元");
        assertEquals("万元", comparison.comparedUnit());
        assertEquals(0, comparison.ratio().compareTo(BigDecimal.ONE));
    }

    /** Every metric word and unit of §4 crossed: a level above its period value is no warning, an amount is. */
    @Test
    void shouldWarnOfAnAnnualValueAboveItsPeriodValueForCumulativeMeasuresOnly() {
        RevisionIndicator seedFirst = SeedRevision.indicators().get(0);
        List<String> levelWords = List.of("满意度", "完成率", "人均收入", "女性比例", "价格指数", "全国排名", "亩均产值");
        List<String> amountWords = List.of("项目数量", "新增企业", "培训人次", "投入资金");
        List<String> levelUnits = List.of("%", "‰", "分");
        List<String> amountUnits = List.of("项", "家", "人次", "万元", "场次");
        for (String metric : concat(levelWords, amountWords)) {
            for (String unit : concat(levelUnits, amountUnits)) {
                MeasureView period = new MeasureView("QUANTITATIVE", metric, "≥", new BigDecimal("80"), null, unit, null, null,
                        metric + "≥80" + unit, false, List.of());
                MeasureView annual = new MeasureView("QUANTITATIVE", metric, "≥", new BigDecimal("90"), null, unit, null, null,
                        metric + "≥90" + unit, false, List.of());
                RevisionIndicator indicator = new RevisionIndicator(seedFirst.position(), seedFirst.level1Category(),
                        seedFirst.level1CategoryName(), seedFirst.level2Category(), seedFirst.level2CategoryName(), metric,
                        period.text(), annual.text(), null, List.of(period), List.of(annual));
                boolean level = levelWords.contains(metric) || levelUnits.contains(unit);
                List<String> codes = AnnualAgainstPeriod.compare(List.of(indicator)).findings().stream().map(Finding::code).toList();
                assertEquals(level ? List.of() : List.of("ANNUAL_ABOVE_PERIOD"), codes, metric + " " + unit);
                assertEquals(level ? MeasureKind.LEVEL : MeasureKind.CUMULATIVE, MeasureKind.of(metric, unit), metric + " " + unit);
            }
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static RevisionIndicator withAnnual(RevisionIndicator indicator, MeasureView annual) {
        return new RevisionIndicator(indicator.position(), indicator.level1Category(), indicator.level1CategoryName(),
                indicator.level2Category(), indicator.level2CategoryName(), indicator.name(), indicator.periodTarget(),
                annual.text(), indicator.weight(), indicator.periodMeasures(), List.of(annual));
    }

    @Test
    void shouldCompareEachAnnualTargetTextWithItsPeriodText() {
        PreReviewResult result = PreReview.run(SeedRevision.submitted(), SeedRevision.indicators(),
                SeedRevision.CATALOGUE);

        List<TextComparison> comparisons = result.targetComparisons().stream()
                .map(PreReviewResult.TargetComparison::comparison).toList();
        assertEquals(List.of(TextComparison.IDENTICAL, TextComparison.IDENTICAL, TextComparison.IDENTICAL,
                TextComparison.WHITESPACE_ONLY, TextComparison.IDENTICAL, TextComparison.IDENTICAL,
                TextComparison.IDENTICAL, TextComparison.DIFFERENT, TextComparison.IDENTICAL,
                TextComparison.WHITESPACE_ONLY), comparisons);
        Finding differs = result.findings().stream().filter(f -> f.code().equals("ANNUAL_TARGET_DIFFERS_FROM_PERIOD"))
                .findFirst().orElseThrow();
        assertEquals("indicators[7].annualTarget", differs.field());
        assertEquals(Severity.INFO, differs.severity());
    }

    @Test
    void shouldRequireOutputAndOutcomeIndicators() {
        List<RevisionIndicator> outputsOnly = SeedRevision.indicators().stream()
                .filter(i -> i.level1Category().equals("OUTPUT")).toList();

        PreReviewResult result = PreReview.run(SeedRevision.submitted(), outputsOnly, SeedRevision.CATALOGUE);

        assertTrue(codes(result).contains("MISSING_OUTCOME_INDICATOR"));
        assertEquals(Severity.ERROR, result.findings().get(0).severity(), "errors come first");
        assertTrue(result.errorCount() >= 1);
    }

    @Test
    void shouldReportMissingPartsAndAnUnbalancedBudget() {
        SubmittedRevision seed = SeedRevision.submitted();
        SubmittedRevision incomplete = new SubmittedRevision(seed.departmentId(), seed.departmentCode(), " ",
                seed.subordinateUnitCount(), seed.fiscalYear(), seed.budget(), "", List.of(), null);

        PreReviewResult result = PreReview.run(incomplete, List.of(), SeedRevision.CATALOGUE);

        List<String> codes = codes(result);
        for (String code : List.of("MISSING_DEPARTMENT_NAME", "MISSING_OVERALL_TARGET", "MISSING_KEY_TASKS",
                "MISSING_INDICATORS", "MISSING_OUTPUT_INDICATOR", "MISSING_OUTCOME_INDICATOR",
                "KEY_TASK_FUNDS_BELOW_CITY_LEVEL_USE")) {
            assertTrue(codes.contains(code), code + " in " + codes);
        }
    }

    @Test
    void shouldSurviveASubmissionWithoutBudget() {
        SubmittedRevision seed = SeedRevision.submitted();
        SubmittedRevision noBudget = new SubmittedRevision(seed.departmentId(), seed.departmentCode(),
                seed.departmentName(), 0, seed.fiscalYear(), null, seed.overallTarget(), seed.keyTasks(), null);

        PreReviewResult result = PreReview.run(noBudget, SeedRevision.indicators(), SeedRevision.CATALOGUE);

        assertTrue(codes(result).contains("MISSING_BUDGET"));
    }

    private static List<String> codes(PreReviewResult result) {
        return result.findings().stream().map(Finding::code).toList();
    }
}
