package gov.perftarget.review.domain.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import gov.perftarget.review.domain.MeasureKind;

/**
 * docs/domain.md §8 at and around every threshold: a table crossing the measure's kind and comparator with
 * progress values just at, above and below −10 pp, −20 pp and the 110 % tolerance, and each with every forecast.
 */
class MonitoringAssessmentTest {

    /** 31 July 2025: 212 / 365 = 58.08 %. */
    private static final LocalDate CUT_OFF = LocalDate.of(2025, 7, 31);
    private static final BigDecimal TARGET = new BigDecimal("100");
    private static final MonitoringAssessment ASSESSMENT = new MonitoringAssessment(MonitoringRules.defaults(), "2025 v0");

    /** Progress values for a target of 100, with the light the rule gives them before any forecast. */
    static Stream<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        for (String comparator : List.of("≥", "＞", "＝", "～")) {
            // cumulative: expected to reach the time progress, 58.08
            rows.add(row(MeasureKind.CUMULATIVE, comparator, "58.08", Light.GREEN));
            rows.add(row(MeasureKind.CUMULATIVE, comparator, "48.08", Light.GREEN)); // −10.00
            rows.add(row(MeasureKind.CUMULATIVE, comparator, "48.07", Light.YELLOW)); // −10.01
            rows.add(row(MeasureKind.CUMULATIVE, comparator, "38.08", Light.YELLOW)); // −20.00
            rows.add(row(MeasureKind.CUMULATIVE, comparator, "38.07", Light.RED)); // −20.01
            rows.add(row(MeasureKind.CUMULATIVE, comparator, "0", Light.RED));
            // level: expected to reach 100
            rows.add(row(MeasureKind.LEVEL, comparator, "120", Light.GREEN));
            rows.add(row(MeasureKind.LEVEL, comparator, "90", Light.GREEN));
            rows.add(row(MeasureKind.LEVEL, comparator, "89.99", Light.YELLOW));
            rows.add(row(MeasureKind.LEVEL, comparator, "80", Light.YELLOW));
            rows.add(row(MeasureKind.LEVEL, comparator, "79.99", Light.RED));
        }
        for (String comparator : List.of("≤", "＜")) {
            // level: green up to the target, yellow up to 110 % of it
            rows.add(row(MeasureKind.LEVEL, comparator, "0", Light.GREEN));
            rows.add(row(MeasureKind.LEVEL, comparator, "100", Light.GREEN));
            rows.add(row(MeasureKind.LEVEL, comparator, "100.01", Light.YELLOW));
            rows.add(row(MeasureKind.LEVEL, comparator, "110", Light.YELLOW));
            rows.add(row(MeasureKind.LEVEL, comparator, "110.01", Light.RED));
            // cumulative: green up to 100 × 58.08 % × 1.10 = 63.888, yellow up to the target
            rows.add(row(MeasureKind.CUMULATIVE, comparator, "63.888", Light.GREEN));
            rows.add(row(MeasureKind.CUMULATIVE, comparator, "63.889", Light.YELLOW));
            rows.add(row(MeasureKind.CUMULATIVE, comparator, "100", Light.YELLOW));
            rows.add(row(MeasureKind.CUMULATIVE, comparator, "100.001", Light.RED));
        }
        return rows.stream();
    }

    private static Arguments row(MeasureKind kind, String comparator, String progress, Light light) {
        return Arguments.of(kind, comparator, new BigDecimal(progress), light);
    }

    @ParameterizedTest(name = "{0} {1} progress {2}: {3}")
    @MethodSource("table")
    void shouldLightAMeasureByItsRuleAndLetTheForecastRaiseIt(MeasureKind kind, String comparator, BigDecimal progress,
            Light light) {
        assertEquals(light, lightOf(measure(kind, comparator, progress, null)));
        assertEquals(light, lightOf(measure(kind, comparator, progress, Forecast.ACHIEVABLE)));
        assertEquals(light.atLeast(Light.YELLOW), lightOf(measure(kind, comparator, progress, Forecast.AT_RISK)));
        assertEquals(Light.RED, lightOf(measure(kind, comparator, progress, Forecast.NOT_ACHIEVABLE)));
    }

    @Test
    void shouldTraceTheAchievementProgressExpectedAndDeviationOfACumulativeMeasure() {
        MonitoringResult.MeasureResult result = ASSESSMENT.assess(input(null, null,
                measure(MeasureKind.CUMULATIVE, "≥", new BigDecimal("400"), Forecast.ACHIEVABLE, new BigDecimal("800"))))
                .measures().get(0);
        assertEquals(new BigDecimal("50.00"), result.achievementProgress());
        assertEquals(new BigDecimal("58.08"), result.expected());
        assertEquals(new BigDecimal("-8.08"), result.deviation());
        assertEquals(Light.GREEN, result.light());
        assertEquals("cumulative-at-least", result.trace().rule());
        assertEquals("400 / 800 × 100 = 50.00; 50.00 − 58.08 = -8.08 pp → GREEN", result.trace().arithmetic());
        assertEquals("2025 v0", result.trace().ruleSet());
    }

    @Test
    void shouldLightAMeasureWithoutAProgressValueOrAQualitativeOneByItsForecastAlone() {
        for (Forecast forecast : Forecast.values()) {
            assertEquals(forecast.light(), lightOf(measure(MeasureKind.CUMULATIVE, "≥", null, forecast)));
            MonitoringInput.Measure qualitative = new MonitoringInput.Measure(1, "国家级孵化器运营评价", 1, "位居全国前列",
                    false, MeasureKind.LEVEL, null, null, null, new BigDecimal("1"), forecast);
            assertEquals(forecast.light(), lightOf(qualitative));
        }
        MonitoringResult.MeasureResult unknown = ASSESSMENT.assess(input(null, null,
                measure(MeasureKind.CUMULATIVE, "≥", null, null))).measures().get(0);
        assertNull(unknown.light(), "neither a progress value nor a forecast: no light yet");
    }

    @Test
    void shouldTakeTheTimeProgressOfTheCutOffIncludingLeapYears() {
        MonitoringResult result = ASSESSMENT.assess(input(null, null));
        assertEquals(212, result.timeProgress().daysElapsed());
        assertEquals(new BigDecimal("58.08"), result.timeProgress().percent());
        MonitoringResult leap = ASSESSMENT.assess(new MonitoringInput(LocalDate.of(2024, 7, 31), null, null, List.of()));
        assertEquals(213, leap.timeProgress().daysElapsed());
        assertEquals(366, leap.timeProgress().daysInYear());
        assertEquals(new BigDecimal("58.20"), leap.timeProgress().percent());
        assertEquals(new BigDecimal("100.00"), ASSESSMENT.assess(new MonitoringInput(LocalDate.of(2025, 12, 31), null,
                null, List.of())).timeProgress().percent());
    }

    @Test
    void shouldLightBudgetExecutionByItsDeviationFromTheTimeProgress() {
        BigDecimal budget = new BigDecimal("1000.00");
        assertEquals(Light.GREEN, ASSESSMENT.assess(input(budget, new BigDecimal("480.80"))).execution().light()); // −10.00
        assertEquals(Light.YELLOW, ASSESSMENT.assess(input(budget, new BigDecimal("480.70"))).execution().light());
        assertEquals(Light.YELLOW, ASSESSMENT.assess(input(budget, new BigDecimal("380.80"))).execution().light()); // −20.00
        assertEquals(Light.RED, ASSESSMENT.assess(input(budget, new BigDecimal("380.70"))).execution().light());
        MonitoringResult.Execution execution = ASSESSMENT.assess(input(budget, new BigDecimal("480.70"))).execution();
        assertEquals(new BigDecimal("48.07"), execution.progress());
        assertEquals(new BigDecimal("-10.01"), execution.deviation());
        assertNull(ASSESSMENT.assess(input(budget, null)).execution().light(), "nothing executed reported yet");
    }

    @Test
    void shouldGiveTheDeclarationItsWorstLightAndCountTheMeasuresLights() {
        MonitoringResult result = ASSESSMENT.assess(input(new BigDecimal("1000"), new BigDecimal("600"),
                measure(MeasureKind.LEVEL, "≥", new BigDecimal("95"), Forecast.ACHIEVABLE),
                measure(MeasureKind.LEVEL, "≥", new BigDecimal("85"), Forecast.ACHIEVABLE),
                measure(MeasureKind.LEVEL, "≥", new BigDecimal("95"), Forecast.AT_RISK)));
        assertEquals(Light.GREEN, result.execution().light());
        assertEquals(Light.YELLOW, result.light());
        assertEquals(new MonitoringResult.Counts(1, 2, 0), result.counts());
        MonitoringResult red = ASSESSMENT.assess(input(new BigDecimal("1000"), new BigDecimal("100"),
                measure(MeasureKind.LEVEL, "≥", new BigDecimal("95"), Forecast.ACHIEVABLE)));
        assertEquals(Light.RED, red.light(), "red budget execution makes the declaration red");
    }

    @Test
    void shouldUseTheThresholdsOfTheYearsRuleSet() {
        MonitoringAssessment strict = new MonitoringAssessment(new MonitoringRules(6, 30, new BigDecimal("-5"),
                new BigDecimal("-15"), new BigDecimal("1.05")), "2025 v1");
        MonitoringInput.Measure measure = measure(MeasureKind.LEVEL, "≥", new BigDecimal("94"), null);
        assertEquals(Light.YELLOW, strict.assess(input(null, null, measure)).measures().get(0).light());
        assertEquals(Light.GREEN, lightOf(measure));
        MonitoringInput.Measure over = measure(MeasureKind.LEVEL, "≤", new BigDecimal("106"), null);
        assertEquals(Light.RED, strict.assess(input(null, null, over)).measures().get(0).light());
    }

    private static Light lightOf(MonitoringInput.Measure measure) {
        return ASSESSMENT.assess(input(null, null, measure)).measures().get(0).light();
    }

    private static MonitoringInput input(BigDecimal budget, BigDecimal executedToDate, MonitoringInput.Measure... measures) {
        return new MonitoringInput(CUT_OFF, budget, executedToDate, List.of(measures));
    }

    private static MonitoringInput.Measure measure(MeasureKind kind, String comparator, BigDecimal progress,
            Forecast forecast) {
        return measure(kind, comparator, progress, forecast, TARGET);
    }

    private static MonitoringInput.Measure measure(MeasureKind kind, String comparator, BigDecimal progress,
            Forecast forecast, BigDecimal target) {
        return new MonitoringInput.Measure(1, "新增科技企业孵化器", 1, comparator + target, true, kind, comparator, target,
                kind == MeasureKind.LEVEL ? "%" : "家", progress, forecast);
    }
}
