package gov.perftarget.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import gov.perftarget.review.domain.AcrossYears;
import gov.perftarget.review.domain.Grade;
import gov.perftarget.review.domain.KeyTaskCoverage;
import gov.perftarget.review.domain.MeasureView;
import gov.perftarget.review.domain.PreReview;
import gov.perftarget.review.domain.PreReviewResult;
import gov.perftarget.review.domain.RevisionIndicator;
import gov.perftarget.review.domain.SubmittedRevision;
import gov.perftarget.rules.BudgetOverview;
import gov.perftarget.rules.Finding;

/**
 * The pre-review's rules on forms of other fields of work than the seed's science bureau — agriculture, health,
 * transport, culture — written here, with their measures as indicator-service's grammar reads them.
 */
class OtherFieldsPreReviewTest {

    @Test
    void shouldReadAKeyTaskWholeWhenJudgingRelevance() {
        SubmittedRevision agriculture = form("农业农村局", List.of(
                task("种业振兴行动", "育种攻关和良种繁育", "主要农作物良种覆盖率稳步提高"),
                task("基层医疗卫生服务能力提升工程", "改造乡镇卫生院，培训乡村医生", "群众就近看病更方便")));
        List<RevisionIndicator> indicators = List.of(
                indicator(1, "OUTPUT", "QUANTITY", "选育审定新品种", "支持种业攻关，选育优良品种≥20个", "选育优良品种≥5个",
                        List.of(measure("选育优良品种", "≥", "20", "个")), List.of(measure("选育优良品种", "≥", "5", "个"))),
                indicator(2, "OUTCOME", "SOCIAL", "农民人均可支配收入增长率", "≥7%", "≥6.5%",
                        List.of(measure(null, "≥", "7", "%")), List.of(measure(null, "≥", "6.5", "%"))));

        PreReviewResult result = PreReview.run(agriculture, indicators, SeedRevision.CATALOGUE);

        KeyTaskCoverage.TaskCoverage seeds = result.keyTaskCoverage().get(0);
        assertEquals(List.of(1), seeds.indicatorPositions(), "选育审定新品种 covers 种业振兴: " + seeds);
        assertTrue(seeds.matchedTerms().containsAll(List.of("种业", "攻关")), seeds.toString());
        KeyTaskCoverage.TaskCoverage clinics = result.keyTaskCoverage().get(1);
        assertEquals(List.of(), clinics.indicatorPositions());
        assertTrue(clinics.missedTerms().contains("卫生院"), clinics.toString());
        Finding uncovered = only(result, "KEY_TASK_NOT_COVERED");
        assertEquals("keyTasks[1]", uncovered.field());
        assertTrue(uncovered.message().contains("卫生院") && uncovered.messageEn().contains("卫生院"),
                "the finding names the terms missed: " + uncovered.message());
    }

    @Test
    void shouldWarnAboutAnAnnualValueAbovePeriodOnlyForCumulativeQuantities() {
        SubmittedRevision transport = form("交通运输局", List.of(task("农村公路提质改造", "养护农村公路", "路况优良")));
        List<RevisionIndicator> indicators = List.of(
                indicator(1, "OUTPUT", "QUANTITY", "农村公路养护里程", "≥100公里", "≥120公里",
                        List.of(measure("农村公路养护里程", "≥", "100", "公里")),
                        List.of(measure("农村公路养护里程", "≥", "120", "公里"))),
                indicator(2, "OUTPUT", "QUALITY", "公交准点率", "≥90%", "≥95%",
                        List.of(measure("公交准点率", "≥", "90", "%")), List.of(measure("公交准点率", "≥", "95", "%"))),
                indicator(3, "OUTPUT", "COST", "货运运价", "≥0.30元/吨公里", "≥0.35元/吨公里",
                        List.of(measure("货运运价", "≥", "0.30", "元/吨公里")),
                        List.of(measure("货运运价", "≥", "0.35", "元/吨公里"))),
                indicator(4, "OUTCOME", "SOCIAL", "交通安全宣传覆盖", "≥3次/万人", "≥4次/万人",
                        List.of(measure("交通安全宣传覆盖", "≥", "3", "次/万人")),
                        List.of(measure("交通安全宣传覆盖", "≥", "4", "次/万人"))));

        PreReviewResult result = PreReview.run(transport, indicators, SeedRevision.CATALOGUE);

        List<String> above = result.findings().stream().filter(f -> f.code().equals("ANNUAL_ABOVE_PERIOD"))
                .map(Finding::field).toList();
        assertEquals(List.of("indicators[0].annualTarget"), above,
                "a rate (准点率, %), a price per unit (元/吨公里) and a count per 万人 are levels");
    }

    @Test
    void shouldWarnAboutAnApproximateTarget() {
        SubmittedRevision culture = form("文化广电旅游局", List.of(task("文化惠民工程", "组织文化惠民演出", "群众文化生活更丰富")));
        MeasureView approximate = new MeasureView("QUANTITATIVE", "文化惠民演出", "≥", new BigDecimal("500"), null, "场次",
                new BigDecimal("500"), "场次", "文化惠民演出约500场次", true, List.of("SIGN_MISSING", "APPROXIMATE"));
        List<RevisionIndicator> indicators = List.of(indicator(1, "OUTPUT", "QUANTITY", "文化惠民演出",
                "文化惠民演出约2000场次", "文化惠民演出约500场次", List.of(measure("文化惠民演出", "≥", "2000", "场次")),
                List.of(approximate)));

        PreReviewResult result = PreReview.run(culture, indicators, SeedRevision.CATALOGUE);

        assertTrue(only(result, "QUANTITY_APPROXIMATE").message().contains("约500场次"));
    }

    @Test
    void shouldCompareTargetsWithLastYearsActualsAndTargets() {
        SubmittedRevision culture = form("文化广电旅游局", List.of(task("文化惠民工程", "组织文化惠民演出", "群众文化生活更丰富")));
        List<RevisionIndicator> thisYear = List.of(
                indicator(1, "OUTPUT", "QUANTITY", "文化惠民演出", "≥2000场次", "≥450场次",
                        List.of(measure("文化惠民演出", "≥", "2000", "场次")), List.of(measure("文化惠民演出", "≥", "450", "场次"))),
                indicator(2, "OUTPUT", "COST", "公共文化设施投资", "≥5亿元", "≥11000万元",
                        List.of(normalised("公共文化设施投资", "≥", "5", "亿元", "50000", "万元")),
                        List.of(measure("公共文化设施投资", "≥", "11000", "万元"))),
                indicator(3, "OUTCOME", "SOCIAL", "群众投诉率", "≤5%", "≤5%",
                        List.of(measure("群众投诉率", "≤", "5", "%")), List.of(measure("群众投诉率", "≤", "5", "%"))),
                indicator(4, "OUTPUT", "QUANTITY", "送戏下乡", "≥600场", "≥500场",
                        List.of(measure("送戏下乡", "≥", "600", "场")), List.of(measure("送戏下乡", "≥", "500", "场"))),
                indicator(5, "OUTPUT", "QUANTITY", "图书馆 新增藏书", "≥10万册", "≥12万册",
                        List.of(normalised("图书馆新增藏书", "≥", "10", "万册", "100000", "册")),
                        List.of(normalised("图书馆 新增藏书", "≥", "12", "万册", "120000", "册"))));
        AcrossYears.PriorYear lastYear = new AcrossYears.PriorYear(2025, List.of(
                prior(1, measure("文化惠民演出", "≥", "400", "场次"), "520"),
                prior(2, normalised("公共文化设施投资", "≥", "1", "亿元", "10000", "万元"), "1.2"),
                prior(3, measure("群众投诉率", "≤", "6", "%"), "3"),
                prior(4, measure("送戏下乡", "≥", "600", "场"), null),
                prior(5, normalised("图书馆新增藏书", "≥", "10", "万册", "100000", "册"), "11")));

        PreReviewResult result = PreReview.run(culture, thisYear, SeedRevision.CATALOGUE, lastYear);

        List<Finding> belowActual = result.findings().stream()
                .filter(f -> f.code().equals("TARGET_BELOW_LAST_YEAR_ACTUAL")).toList();
        assertEquals(List.of("indicators[0].annualTarget", "indicators[1].annualTarget"),
                belowActual.stream().map(Finding::field).toList(), "450 < 520 场次; 11000 万元 < 1.2 亿元 = 12000 万元");
        assertTrue(belowActual.get(0).message().contains("2025") && belowActual.get(0).message().contains("520"),
                belowActual.get(0).message());
        assertTrue(belowActual.get(1).message().contains("12000"), "last year's actual in the compared unit: "
                + belowActual.get(1).message());
        assertTrue(only(result, "TARGET_ABOVE_LAST_YEAR_ACTUAL").message().contains("3"), "≤5% above last year's 3%");
        assertEquals("indicators[3].annualTarget", only(result, "TARGET_BELOW_LAST_YEAR_TARGET").field(),
                "no actual recorded: below last year's target 600 is information");
        assertTrue(result.findings().stream().noneMatch(f -> f.field().equals("indicators[4].annualTarget")
                && f.code().startsWith("TARGET_")), "12万册 ≥ last year's 11万册, matched across white space");
        assertEquals(5, result.acrossYears().size());
        assertEquals(0, new BigDecimal("120000").compareTo(result.acrossYears().get(4).target()));
        assertEquals(0, new BigDecimal("110000").compareTo(result.acrossYears().get(4).lastYearActual()));
    }

    @Test
    void shouldNeverProposeToApproveAFormOfAnyFieldThatHasAnError() {
        SubmittedRevision health = form("卫生健康委员会", List.of(task("疫苗接种", "开展适龄儿童免疫规划疫苗接种", "接种率保持高位")));
        List<RevisionIndicator> noOutcome = List.of(indicator(1, "OUTPUT", "QUANTITY", "适龄儿童免疫规划疫苗接种率",
                "≥95%", "≥95%", List.of(measure("适龄儿童免疫规划疫苗接种率", "≥", "95", "%")),
                List.of(measure("适龄儿童免疫规划疫苗接种率", "≥", "95", "%"))));

        PreReviewResult result = PreReview.run(health, noOutcome, SeedRevision.CATALOGUE);

        assertTrue(result.errorCount() > 0);
        assertFalse(List.of(Grade.EXCELLENT, Grade.GOOD).contains(result.proposedGrades().overallGrade()),
                "no outcome indicator is an error: " + result.proposedGrades().overallGrade());
    }

    // --- forms written for these tests ---

    private static SubmittedRevision form(String department, List<SubmittedRevision.KeyTask> tasks) {
        BigDecimal funds = tasks.stream().map(SubmittedRevision.KeyTask::plannedFunds).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        BigDecimal zero = new BigDecimal("0.00");
        BudgetOverview budget = new BudgetOverview(new BigDecimal("100.00"), zero, new BigDecimal("100.00").add(funds),
                zero, funds, zero, funds, zero); // every identity holds
        return new SubmittedRevision(UUID.randomUUID(), "D-" + department.length(), department, 0, 2026, budget,
                department + "的年度总体绩效目标", tasks, null);
    }

    private static SubmittedRevision.KeyTask task(String name, String content, String outcome) {
        return new SubmittedRevision.KeyTask(name, content, new BigDecimal("50.00"), outcome);
    }

    private static RevisionIndicator indicator(int position, String level1, String level2, String name, String period,
            String annual, List<MeasureView> periodMeasures, List<MeasureView> annualMeasures) {
        return new RevisionIndicator(position, level1, level1, level2, level2, name, period, annual, null,
                periodMeasures, annualMeasures);
    }

    private static MeasureView measure(String metric, String comparator, String value, String unit) {
        return normalised(metric, comparator, value, unit, value, unit);
    }

    private static MeasureView normalised(String metric, String comparator, String value, String unit,
            String normalisedValue, String normalisedUnit) {
        return new MeasureView("QUANTITATIVE", metric, comparator, new BigDecimal(value), null, unit,
                new BigDecimal(normalisedValue), normalisedUnit, (metric == null ? "" : metric) + comparator + value + unit,
                false, List.of());
    }

    private static AcrossYears.PriorMeasure prior(int position, MeasureView measure, String actual) {
        return new AcrossYears.PriorMeasure(position, measure, actual == null ? null : new BigDecimal(actual));
    }

    private static Finding only(PreReviewResult result, String code) {
        List<Finding> found = result.findings().stream().filter(f -> f.code().equals(code)).toList();
        assertEquals(1, found.size(), code + " in " + result.findings());
        return found.get(0);
    }
}
