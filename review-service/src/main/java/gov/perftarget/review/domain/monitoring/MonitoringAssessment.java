package gov.perftarget.review.domain.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import gov.perftarget.review.domain.MeasureKind;
import gov.perftarget.review.domain.scoring.Trace;

/**
 * 双监控: assesses budget execution and target progress at a round's cut-off with a fiscal year's monitoring rules
 * (docs/domain.md §8).
 * <ul>
 * <li>A ≥, ＞, ＝ or range measure: achievement progress = progress value / target; a cumulative one is expected to
 * have reached the time progress, a level one 100 %; its light comes from the deviation.</li>
 * <li>A ≤ or ＜ measure: a level one is green up to its target, yellow up to target × tolerance, red above; a
 * cumulative one green up to target × time progress × tolerance, yellow up to its target, red above.</li>
 * <li>A measure without a progress value, or a qualitative one, takes its light from the forecast; the forecast
 * raises any light (at risk: at least yellow; not achievable: red).</li>
 * </ul>
 */
public final class MonitoringAssessment {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int PERCENT_SCALE = 2;
    private static final int WORKING_SCALE = 10;

    private final MonitoringRules rules;
    private final String ruleSet;

    /** @param ruleSet the rule set's name in every trace, e.g. {@code 2025 v0} */
    public MonitoringAssessment(MonitoringRules rules, String ruleSet) {
        this.rules = rules;
        this.ruleSet = ruleSet;
    }

    public MonitoringResult assess(MonitoringInput input) {
        MonitoringResult.TimeProgress time = timeProgress(input);
        MonitoringResult.Execution execution = execution(input, time.percent());
        List<MonitoringResult.MeasureResult> measures = input.measures().stream()
                .map(measure -> measure(measure, time.percent())).toList();
        List<Light> lights = new ArrayList<>();
        if (execution.light() != null) {
            lights.add(execution.light());
        }
        measures.stream().map(MonitoringResult.MeasureResult::light).filter(Objects::nonNull).forEach(lights::add);
        return new MonitoringResult(ruleSet, time, execution, measures, lights.isEmpty() ? null : Light.worst(lights),
                new MonitoringResult.Counts(count(measures, Light.GREEN), count(measures, Light.YELLOW),
                        count(measures, Light.RED)));
    }

    private MonitoringResult.TimeProgress timeProgress(MonitoringInput input) {
        int elapsed = input.cutOff().getDayOfYear();
        int days = input.cutOff().lengthOfYear();
        BigDecimal percent = percent(BigDecimal.valueOf(elapsed), BigDecimal.valueOf(days));
        return new MonitoringResult.TimeProgress(input.cutOff(), elapsed, days, percent,
                trace("time-progress", Map.of("cutOff", input.cutOff().toString(), "daysElapsed", String.valueOf(elapsed),
                        "daysInYear", String.valueOf(days)), elapsed + " / " + days + " × 100 = " + plain(percent)));
    }

    private MonitoringResult.Execution execution(MonitoringInput input, BigDecimal timePercent) {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("budget", plain(input.budget()));
        inputs.put("executedToDate", plain(input.executedToDate()));
        inputs.put("timeProgress", plain(timePercent));
        if (input.executedToDate() == null || input.budget() == null) {
            return new MonitoringResult.Execution(input.budget(), input.executedToDate(), null, timePercent, null, null,
                    trace("execution-not-reported", inputs, ""));
        }
        BigDecimal progress = input.budget().signum() == 0 ? HUNDRED : percent(input.executedToDate(), input.budget());
        BigDecimal deviation = progress.subtract(timePercent);
        Light light = rules.light(deviation);
        return new MonitoringResult.Execution(input.budget(), input.executedToDate(), progress, timePercent, deviation, light,
                trace("execution-progress", inputs, plain(input.executedToDate()) + " / " + plain(input.budget()) + " × 100 = "
                        + plain(progress) + "; " + plain(progress) + " − " + plain(timePercent) + " = " + plain(deviation)
                        + " pp → " + light));
    }

    private MonitoringResult.MeasureResult measure(MonitoringInput.Measure measure, BigDecimal timePercent) {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("kind", String.valueOf(measure.kind()));
        inputs.put("comparator", String.valueOf(measure.comparator()));
        inputs.put("target", plain(measure.target()));
        inputs.put("progressValue", plain(measure.progressValue()));
        inputs.put("forecast", String.valueOf(measure.forecast()));
        inputs.put("timeProgress", plain(timePercent));
        Assessed assessed;
        if (!measure.quantitative() || measure.progressValue() == null || measure.target() == null) {
            assessed = new Assessed(null, null, null, measure.forecast() == null ? null : measure.forecast().light(),
                    "forecast-only", measure.forecast() == null ? "no progress value and no forecast"
                            : "no progress value: the forecast " + measure.forecast() + " → " + measure.forecast().light());
        } else if ("≤".equals(measure.comparator()) || "＜".equals(measure.comparator())) {
            assessed = atMost(measure, timePercent);
        } else {
            assessed = atLeast(measure, timePercent);
        }
        Light light = assessed.light();
        String arithmetic = assessed.arithmetic();
        if (light != null && measure.forecast() != null && measure.forecast().light().ordinal() > light.ordinal()) {
            arithmetic += "; forecast " + measure.forecast() + " raises " + light + " to " + measure.forecast().light();
            light = measure.forecast().light();
        }
        return new MonitoringResult.MeasureResult(measure.indicatorPosition(), measure.indicatorName(),
                measure.measureIndex(), measure.text(), measure.kind(), measure.comparator(), measure.target(),
                measure.unit(), measure.progressValue(), measure.forecast(), assessed.achievement(), assessed.expected(),
                assessed.deviation(), light, trace(assessed.rule(), inputs, arithmetic));
    }

    private record Assessed(BigDecimal achievement, BigDecimal expected, BigDecimal deviation, Light light, String rule,
            String arithmetic) {
    }

    private Assessed atLeast(MonitoringInput.Measure measure, BigDecimal timePercent) {
        BigDecimal progress = measure.progressValue();
        BigDecimal target = measure.target();
        BigDecimal achievement = target.signum() == 0 ? (progress.signum() >= 0 ? HUNDRED : BigDecimal.ZERO)
                : percent(progress, target);
        boolean cumulative = measure.kind() == MeasureKind.CUMULATIVE;
        BigDecimal expected = cumulative ? timePercent : HUNDRED.setScale(PERCENT_SCALE);
        BigDecimal deviation = achievement.subtract(expected);
        Light light = rules.light(deviation);
        return new Assessed(achievement, expected, deviation, light, cumulative ? "cumulative-at-least" : "level-at-least",
                plain(progress) + " / " + plain(target) + " × 100 = " + plain(achievement) + "; " + plain(achievement)
                        + " − " + plain(expected) + " = " + plain(deviation) + " pp → " + light);
    }

    private Assessed atMost(MonitoringInput.Measure measure, BigDecimal timePercent) {
        BigDecimal progress = measure.progressValue();
        BigDecimal target = measure.target();
        boolean cumulative = measure.kind() == MeasureKind.CUMULATIVE;
        BigDecimal expected = cumulative ? timePercent : HUNDRED.setScale(PERCENT_SCALE);
        BigDecimal achievement = target.signum() == 0 ? null : percent(progress, target);
        // green up to the allowance, yellow up to the limit, red above
        BigDecimal allowance;
        BigDecimal limit;
        if (cumulative) {
            allowance = target.multiply(timePercent).multiply(rules.atMostTolerance()).divide(HUNDRED);
            limit = target;
        } else {
            allowance = target;
            limit = target.multiply(rules.atMostTolerance());
        }
        Light light = progress.compareTo(allowance) <= 0 ? Light.GREEN
                : progress.compareTo(limit) <= 0 ? Light.YELLOW : Light.RED;
        return new Assessed(achievement, expected, null, light, cumulative ? "cumulative-at-most" : "level-at-most",
                plain(progress) + " against green up to " + plain(allowance.stripTrailingZeros()) + ", yellow up to "
                        + plain(limit.stripTrailingZeros()) + " → " + light);
    }

    private Trace trace(String rule, Map<String, String> inputs, String arithmetic) {
        return new Trace(rule, inputs, arithmetic, ruleSet);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, WORKING_SCALE, RoundingMode.HALF_UP)
                .setScale(PERCENT_SCALE, RoundingMode.HALF_UP);
    }

    private static int count(List<MonitoringResult.MeasureResult> measures, Light light) {
        return (int) measures.stream().filter(measure -> measure.light() == light).count();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.toPlainString();
    }
}
