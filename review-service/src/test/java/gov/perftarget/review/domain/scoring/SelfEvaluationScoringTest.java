package gov.perftarget.review.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import gov.perftarget.review.domain.Grade;
import gov.perftarget.review.domain.scoring.SelfEvaluationScore.DeviationCause;

/** Every formula of docs/domain.md §5 at its boundaries, the points split, the rule set and the traces. */
class SelfEvaluationScoringTest {

    private static final SelfEvaluationScoring DEFAULTS = new SelfEvaluationScoring(ScoringRules.defaults(), 2023, 1);

    // one quantitative OUTPUT measure and one OUTCOME and one SATISFACTION measure that always score full,
    // so that the measure under test has the whole 50 points of OUTPUT
    private static ScoringInput oneOutputMeasure(String comparator, String target, String actual) {
        return new ScoringInput(new BigDecimal("100.00"), new BigDecimal("100.00"), List.of(
                indicator(1, "OUTPUT", null, quantity(0, comparator, target, null, actual)),
                indicator(2, "OUTCOME", null, quantity(0, "≥", "1", null, "1")),
                indicator(3, "SATISFACTION", null, quantity(0, "≥", "90", null, "95"))));
    }

    private static BigDecimal outputScore(String comparator, String target, String actual) {
        return DEFAULTS.score(oneOutputMeasure(comparator, target, actual), Map.of()).measures().get(0).score();
    }

    @Test
    void shouldGiveFullPointsExactlyAtTargetAndProportionallyBelow() {
        assertEquals(new BigDecimal("50.00"), outputScore("≥", "800", "800"));
        assertEquals(new BigDecimal("50.00"), outputScore("≥", "800", "1600"), "never above its points");
        assertEquals(new BigDecimal("25.00"), outputScore("≥", "800", "400"));
        assertEquals(new BigDecimal("50.00"), outputScore("＞", "800", "800"), "＞ scores as ≥ (§5)");
        // one cent below: 50 × 99.99 / 100 = 49.995 rounds half up to 50.00, yet it is not full achievement
        SelfEvaluationScore cent = DEFAULTS.score(oneOutputMeasure("≥", "100.00", "99.99"), Map.of());
        assertEquals(new BigDecimal("50.00"), cent.measures().get(0).score());
        assertFalse(cent.measures().get(0).fullPoints());
        assertEquals(DeviationCause.BELOW_FULL_POINTS, cent.deviations().get(0).cause(),
                "below target needs a deviation reason even when rounding hides it");
        assertEquals(new BigDecimal("49.95"), outputScore("≥", "100.00", "99.90"));
    }

    @Test
    void shouldScoreAtMostTargetsUpToTwiceTheTarget() {
        assertEquals(new BigDecimal("50.00"), outputScore("≤", "100", "100"));
        assertEquals(new BigDecimal("50.00"), outputScore("≤", "100", "20"));
        assertEquals(new BigDecimal("25.00"), outputScore("≤", "100", "150"), "50 × (1 − 50/100)");
        assertEquals(new BigDecimal("0.01"), outputScore("≤", "100", "199.98"), "50 × 0.0002 = 0.01");
        assertEquals(new BigDecimal("0.00"), outputScore("≤", "100", "200"), "twice the target scores 0");
        assertEquals(new BigDecimal("0.00"), outputScore("＜", "100", "350"), "beyond twice: 0");
        assertEquals(new BigDecimal("50.00"), outputScore("≤", "0", "0"), "≤ 0 met");
        assertEquals(new BigDecimal("0.00"), outputScore("≤", "0", "0.01"), "≤ 0 missed");
    }

    @Test
    void shouldScoreEqualToZeroTargetsAndNegativeActuals() {
        assertEquals(new BigDecimal("50.00"), outputScore("＝", "0", "0"));
        assertEquals(new BigDecimal("50.00"), outputScore("＝", "0", "-3"), "a negative actual counts as 0");
        assertEquals(new BigDecimal("0.00"), outputScore("＝", "0", "0.01"));
        assertEquals(new BigDecimal("40.00"), outputScore("＝", "10", "8"), "＝ other than 0 scores as ≥");
        assertEquals(new BigDecimal("0.00"), outputScore("≥", "800", "-5"), "negative counts as 0");
        assertEquals(new BigDecimal("50.00"), outputScore("≥", "0", "-5"), "≥ 0 is met by 0");
        SelfEvaluationScore negative = DEFAULTS.score(oneOutputMeasure("≥", "800", "-5"), Map.of());
        assertTrue(negative.measures().get(0).trace().rule().contains("negative actual counts as 0"));
    }

    @Test
    void shouldScoreARangeInsideBelowAndAbove() {
        ScoringInput input = new ScoringInput(BigDecimal.ONE, BigDecimal.ONE, List.of(
                indicator(1, "OUTPUT", null, quantity(0, "～", "80", "90", "85"), quantity(1, "～", "80", "90", "40"),
                        quantity(2, "～", "80", "90", "135")),
                indicator(2, "OUTCOME", null, quantity(0, "≥", "1", null, "1"))));
        List<SelfEvaluationScore.MeasureScore> scores = DEFAULTS.score(input, Map.of()).measures();
        // 50 + 10 (satisfaction's, spread 50:30) = 56.25 points of OUTPUT over 3 measures: 18.75 each
        assertEquals(new BigDecimal("18.75"), scores.get(0).score());
        assertEquals(new BigDecimal("9.38"), scores.get(1).score(), "18.75 × 40/80 = 9.375 → 9.38 (half up)");
        assertEquals(new BigDecimal("9.38"), scores.get(2).score(), "18.75 × (1 − 45/90) = 9.375 → 9.38");
    }

    @Test
    void shouldRoundHalfUpToTwoDecimals() {
        assertEquals(new BigDecimal("16.67"), outputScore("≥", "3", "1"), "50/3 = 16.666…");
        assertEquals(new BigDecimal("33.33"), outputScore("≥", "3", "2"), "100/3 = 33.333…");
        assertEquals(new BigDecimal("0.01"), outputScore("≥", "10000", "1.5"), "0.0075 → 0.01");
        assertEquals(new BigDecimal("0.00"), outputScore("≥", "10000", "0.9"), "0.0045 → 0.00");
    }

    @Test
    void shouldKeepQualitativeScoresInsideTheirBand() {
        // OUTPUT: one qualitative measure with the whole 50 points
        for (String[] ok : new String[][] {{"ACHIEVED", "40.00"}, {"ACHIEVED", "50"}, {"PARTLY_ACHIEVED", "30"},
                {"PARTLY_ACHIEVED", "40"}, {"NOT_ACHIEVED", "0"}, {"NOT_ACHIEVED", "30"}}) {
            ScoringInput input = qualitativeOutput(AchievementBand.valueOf(ok[0]), ok[1]);
            assertEquals(new BigDecimal(ok[1]).setScale(2), DEFAULTS.score(input, Map.of()).measures().get(0).score(),
                    ok[0] + " " + ok[1]);
        }
        for (String[] outside : new String[][] {{"ACHIEVED", "39.99"}, {"ACHIEVED", "50.01"},
                {"PARTLY_ACHIEVED", "29.99"}, {"PARTLY_ACHIEVED", "40.01"}, {"NOT_ACHIEVED", "30.01"},
                {"ACHIEVED", "45.005"}}) {
            SelfEvaluationScoring.InputProblems problems = assertThrows(SelfEvaluationScoring.InputProblems.class,
                    () -> DEFAULTS.score(qualitativeOutput(AchievementBand.valueOf(outside[0]), outside[1]), Map.of()),
                    outside[0] + " " + outside[1]);
            assertEquals("indicators[1].measures[0].score", problems.problems().get(0).field());
        }
        SelfEvaluationScoring.InputProblems missing = assertThrows(SelfEvaluationScoring.InputProblems.class,
                () -> DEFAULTS.score(qualitativeOutput(AchievementBand.ACHIEVED, null), Map.of()));
        assertTrue(missing.problems().get(0).message().contains("40–50"), missing.problems().get(0).message());
    }

    @Test
    void shouldSplitPointsInWholeCentsThatAddUp() {
        List<ScoringInput.Measure> seven = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            seven.add(quantity(i, "≥", "1", null, "1"));
        }
        ScoringInput input = new ScoringInput(BigDecimal.ONE, BigDecimal.ONE, List.of(
                indicator(1, "OUTPUT", null, seven.toArray(ScoringInput.Measure[]::new)),
                indicator(2, "OUTCOME", null, quantity(0, "≥", "1", null, "1")),
                indicator(3, "SATISFACTION", null, quantity(0, "≥", "1", null, "1"))));
        SelfEvaluationScore score = DEFAULTS.score(input, Map.of());
        assertEquals(new BigDecimal("7.15"), score.measures().get(0).points(), "the first gets the odd cent");
        assertEquals(new BigDecimal("7.14"), score.measures().get(6).points());
        assertEquals(0, new BigDecimal("50").compareTo(score.level1Categories().get(0).score()));
        assertEquals(0, new BigDecimal("100").compareTo(score.total().score()), "full achievement is 100 exactly");
        assertEquals(Grade.EXCELLENT, score.grade());
    }

    @Test
    void shouldUseIndicatorWeightsThatAddUpToTheirCategory() {
        ScoringInput weighted = new ScoringInput(BigDecimal.ONE, BigDecimal.ONE, List.of(
                indicator(1, "OUTPUT", "30", quantity(0, "≥", "10", null, "5")),
                indicator(2, "OUTPUT", "20", quantity(0, "≥", "10", null, "10"), quantity(1, "≥", "10", null, "10")),
                indicator(3, "OUTCOME", "30", quantity(0, "≥", "1", null, "1")),
                indicator(4, "SATISFACTION", "10", quantity(0, "≥", "1", null, "1"))));
        SelfEvaluationScore score = DEFAULTS.score(weighted, Map.of());
        assertEquals(new BigDecimal("15.00"), score.measures().get(0).score(), "30 × 5/10");
        assertEquals(new BigDecimal("10.00"), score.measures().get(1).points(), "indicator 2's 20 over two measures");
        assertEquals(new BigDecimal("85.00"), score.total().score());

        ScoringInput wrong = new ScoringInput(BigDecimal.ONE, BigDecimal.ONE, List.of(
                indicator(1, "OUTPUT", "30", quantity(0, "≥", "10", null, "5")),
                indicator(2, "OUTPUT", "15", quantity(0, "≥", "10", null, "10")),
                indicator(3, "OUTCOME", null, quantity(0, "≥", "1", null, "1"))));
        SelfEvaluationScoring.InputProblems problems = assertThrows(SelfEvaluationScoring.InputProblems.class,
                () -> DEFAULTS.score(wrong, Map.of()));
        assertEquals("indicators.weight", problems.problems().get(0).field());
    }

    @Test
    void shouldSpreadAnEmptyCategorysPointsOrLoseThemAsTheRulesSay() {
        ScoringInput noSatisfaction = new ScoringInput(BigDecimal.ONE, BigDecimal.ONE, List.of(
                indicator(1, "OUTPUT", null, quantity(0, "≥", "1", null, "1")),
                indicator(2, "OUTCOME", null, quantity(0, "≥", "1", null, "1"))));
        SelfEvaluationScore spread = DEFAULTS.score(noSatisfaction, Map.of());
        assertEquals(new BigDecimal("56.25"), spread.level1Categories().get(0).points(), "50 + 10 × 50/80");
        assertEquals(new BigDecimal("33.75"), spread.level1Categories().get(1).points(), "30 + 10 × 30/80");
        assertEquals(new BigDecimal("100.00"), spread.total().score());

        ScoringRules lose = withEmptyCategory(ScoringRules.defaults(), ScoringRules.EmptyCategory.ZERO);
        SelfEvaluationScore lost = new SelfEvaluationScoring(lose, 2023, 2).score(noSatisfaction, Map.of());
        assertEquals(new BigDecimal("90.00"), lost.total().score());
        assertTrue(lost.measures().get(0).trace().rule().contains("are lost"));
    }

    @Test
    void shouldScoreBudgetExecutionCappedAtTheBudget() {
        assertEquals(new BigDecimal("5.00"), budgetScore("1000.00", "500.00"));
        assertEquals(new BigDecimal("10.00"), budgetScore("1000.00", "1000.00"));
        assertEquals(new BigDecimal("10.00"), budgetScore("1000.00", "1500.00"), "min(1, executed / budget)");
        assertEquals(new BigDecimal("9.99"), budgetScore("494772.54", "494277.77"), "10 × 0.99900… = 9.99");
        assertEquals(new BigDecimal("0.00"), budgetScore("1000.00", "-1.00"));
        assertEquals(new BigDecimal("10.00"), budgetScore("0", "0"), "nothing to execute");
    }

    @Test
    void shouldGradeAtTheBandEdges() {
        BigDecimal ninety = BigDecimal.valueOf(90);
        BigDecimal eighty = BigDecimal.valueOf(80);
        BigDecimal sixty = BigDecimal.valueOf(60);
        assertEquals(Grade.EXCELLENT, Grade.of(new BigDecimal("90.00"), ninety, eighty, sixty));
        assertEquals(Grade.GOOD, Grade.of(new BigDecimal("89.99"), ninety, eighty, sixty));
        assertEquals(Grade.GOOD, Grade.of(new BigDecimal("80.00"), ninety, eighty, sixty));
        assertEquals(Grade.FAIR, Grade.of(new BigDecimal("79.99"), ninety, eighty, sixty));
        assertEquals(Grade.FAIR, Grade.of(new BigDecimal("60.00"), ninety, eighty, sixty));
        assertEquals(Grade.POOR, Grade.of(new BigDecimal("59.99"), ninety, eighty, sixty));
        // through the scoring: OUTPUT achieved 80 % → 40 of 50 → total 90 → 优
        SelfEvaluationScore score = DEFAULTS.score(oneOutputMeasure("≥", "100", "80"), Map.of());
        assertEquals(new BigDecimal("90.00"), score.total().score());
        assertEquals(Grade.EXCELLENT, score.grade());
        assertTrue(score.gradeTrace().arithmetic().contains("90 → 优"), score.gradeTrace().arithmetic());
    }

    @Test
    void shouldAskForADeviationReasonBelowFullPointsAndAboveTheOverAchievementThreshold() {
        assertEquals(List.of(), DEFAULTS.score(oneOutputMeasure("≥", "100", "129.99"), Map.of()).deviations());
        SelfEvaluationScore over = DEFAULTS.score(oneOutputMeasure("≥", "100", "130"), Map.of());
        assertEquals(DeviationCause.OVER_ACHIEVED, over.deviations().get(0).cause());
        assertFalse(over.deviations().get(0).explained());
        SelfEvaluationScore explained = DEFAULTS.score(oneOutputMeasure("≥", "100", "60"),
                Map.of("1/0", new SelfEvaluationScoring.Explanation("项目延期", "加快进度")));
        assertEquals(DeviationCause.BELOW_FULL_POINTS, explained.deviations().get(0).cause());
        assertTrue(explained.deviations().get(0).explained());
        SelfEvaluationScore lowCost = DEFAULTS.score(oneOutputMeasure("≤", "130", "100"), Map.of());
        assertEquals(DeviationCause.OVER_ACHIEVED, lowCost.deviations().get(0).cause(), "≤: target / actual ≥ 1.30");
    }

    @Test
    void shouldTraceEveryNumberAndScoreDifferentlyUnderAChangedRuleSet() {
        ScoringInput input = oneOutputMeasure("≥", "800", "600");
        SelfEvaluationScore before = DEFAULTS.score(input, Map.of());
        Map<String, BigDecimal> level1 = new LinkedHashMap<>();
        level1.put("OUTPUT", BigDecimal.valueOf(40));
        level1.put("OUTCOME", BigDecimal.valueOf(30));
        level1.put("SATISFACTION", BigDecimal.valueOf(10));
        ScoringRules changed = new ScoringRules(BigDecimal.valueOf(20), level1, ScoringRules.EmptyCategory.REDISTRIBUTE,
                ScoringRules.defaults().qualitativeBands(), new BigDecimal("1.30"), BigDecimal.valueOf(95),
                BigDecimal.valueOf(85), BigDecimal.valueOf(60), 2);
        SelfEvaluationScore after = new SelfEvaluationScoring(changed, 2023, 2).score(input, Map.of());

        assertEquals(new BigDecimal("37.50"), before.measures().get(0).score(), "50 × 600/800");
        assertEquals(new BigDecimal("30.00"), after.measures().get(0).score(), "40 × 600/800");
        assertEquals(new BigDecimal("87.50"), before.total().score());
        assertEquals(new BigDecimal("90.00"), after.total().score());
        assertEquals(Grade.GOOD, before.grade());
        assertEquals(Grade.GOOD, after.grade(), "优 starts at 95 under the changed rules");
        assertNotEquals(before.measures().get(0).trace(), after.measures().get(0).trace());
        assertEquals("2023 v1", before.measures().get(0).trace().ruleSet());
        assertEquals("2023 v2", after.measures().get(0).trace().ruleSet());
        Trace trace = after.measures().get(0).trace();
        assertEquals("600", trace.inputs().get("actual"));
        assertEquals("800", trace.inputs().get("target"));
        assertEquals("40", trace.inputs().get("points"));
        assertEquals("40 × 600 / 800 → 30", trace.arithmetic());
        assertEquals("2023 v2", after.budgetExecution().trace().ruleSet());
        assertEquals("2023 v2", after.total().trace().ruleSet());
        assertTrue(after.total().trace().arithmetic().endsWith("= 90"), after.total().trace().arithmetic());
        after.level1Categories().forEach(category -> assertEquals("2023 v2", category.trace().ruleSet()));
        after.level2Categories().forEach(category -> assertEquals("2023 v2", category.trace().ruleSet()));
    }

    @Test
    void shouldGiveTheSameNumbersFromTheStoredInputsAndRuleSet() throws Exception {
        // a self-evaluation stores its inputs and the rule set as JSON; scored again from what was
        // stored, every number and trace must come out the same
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper()
                .findAndRegisterModules();
        ScoringInput input = new ScoringInput(new BigDecimal("494772.54"), new BigDecimal("445295.29"), List.of(
                indicator(1, "OUTPUT", null, quantity(0, "≤", "100", null, "133.33"), quantity(1, "～", "80", "90", "79.99")),
                indicator(2, "OUTCOME", null, new ScoringInput.Measure(0, "位居全国前列", false, null, null, null, null,
                        null, AchievementBand.PARTLY_ACHIEVED, new BigDecimal("21.37")))));
        SelfEvaluationScore first = DEFAULTS.score(input, Map.of());
        ScoringInput stored = json.readValue(json.writeValueAsString(input), ScoringInput.class);
        ScoringRules storedRules = json.readValue(json.writeValueAsString(ScoringRules.defaults()), ScoringRules.class);
        assertEquals(first, new SelfEvaluationScoring(storedRules, 2023, 1).score(stored, Map.of()));
    }

    @Test
    void shouldNameEveryRuleARuleSetBreaks() {
        assertEquals(List.of(), ScoringRules.defaults().problems());
        Map<String, BigDecimal> level1 = new LinkedHashMap<>(ScoringRules.defaults().level1Points());
        level1.put("OUTPUT", BigDecimal.valueOf(55));
        level1.put("COST", BigDecimal.ONE);
        Map<AchievementBand, ScoringRules.BandRange> bands = new LinkedHashMap<>(ScoringRules.defaults().qualitativeBands());
        bands.put(AchievementBand.ACHIEVED, new ScoringRules.BandRange(new BigDecimal("0.9"), new BigDecimal("0.8")));
        ScoringRules broken = new ScoringRules(BigDecimal.TEN, level1, ScoringRules.EmptyCategory.ZERO, bands,
                BigDecimal.ONE, BigDecimal.valueOf(80), BigDecimal.valueOf(90), BigDecimal.valueOf(60), 2);
        List<String> fields = broken.problems().stream().map(ScoringRules.Problem::field).toList();
        assertEquals(List.of("level1Points.COST", "qualitativeBands.ACHIEVED", "overAchievementThreshold",
                "excellentFrom"), fields);
        Map<String, BigDecimal> notHundred = new LinkedHashMap<>(ScoringRules.defaults().level1Points());
        notHundred.put("OUTPUT", BigDecimal.valueOf(55));
        assertEquals(List.of("level1Points"), withLevel1(notHundred).problems().stream().map(ScoringRules.Problem::field)
                .toList(), "10 + 55 + 30 + 10 is not 100");
    }

    @Test
    void shouldRefuseToScoreWithoutActualValues() {
        SelfEvaluationScoring.InputProblems problems = assertThrows(SelfEvaluationScoring.InputProblems.class,
                () -> DEFAULTS.score(oneOutputMeasure("≥", "800", null), Map.of()));
        assertEquals("indicators[1].measures[0].actualValue", problems.problems().get(0).field());
    }

    private static BigDecimal budgetScore(String budget, String executed) {
        ScoringInput input = new ScoringInput(new BigDecimal(budget), new BigDecimal(executed),
                List.of(indicator(1, "OUTPUT", null, quantity(0, "≥", "1", null, "1"))));
        return DEFAULTS.score(input, Map.of()).budgetExecution().score();
    }

    private static ScoringInput qualitativeOutput(AchievementBand band, String score) {
        return new ScoringInput(BigDecimal.ONE, BigDecimal.ONE, List.of(
                indicator(1, "OUTPUT", null, new ScoringInput.Measure(0, "位居全国前列", false, null, null, null, null,
                        null, band, score == null ? null : new BigDecimal(score))),
                indicator(2, "OUTCOME", null, quantity(0, "≥", "1", null, "1")),
                indicator(3, "SATISFACTION", null, quantity(0, "≥", "1", null, "1"))));
    }

    private static ScoringInput.Indicator indicator(int position, String level1, String weight,
            ScoringInput.Measure... measures) {
        return new ScoringInput.Indicator(position, "指标" + position, level1, level1 + "_L2",
                weight == null ? null : new BigDecimal(weight), List.of(measures));
    }

    private static ScoringInput.Measure quantity(int index, String comparator, String target, String upper,
            String actual) {
        return new ScoringInput.Measure(index, "指标值" + index, true, comparator, new BigDecimal(target),
                upper == null ? null : new BigDecimal(upper), "项", actual == null ? null : new BigDecimal(actual), null,
                null);
    }

    private static ScoringRules withEmptyCategory(ScoringRules rules, ScoringRules.EmptyCategory emptyCategory) {
        return new ScoringRules(rules.budgetExecutionPoints(), rules.level1Points(), emptyCategory,
                rules.qualitativeBands(), rules.overAchievementThreshold(), rules.excellentFrom(), rules.goodFrom(),
                rules.fairFrom(), rules.scale());
    }

    private static ScoringRules withLevel1(Map<String, BigDecimal> level1) {
        ScoringRules rules = ScoringRules.defaults();
        return new ScoringRules(rules.budgetExecutionPoints(), level1, rules.emptyCategory(), rules.qualitativeBands(),
                rules.overAchievementThreshold(), rules.excellentFrom(), rules.goodFrom(), rules.fairFrom(),
                rules.scale());
    }
}
