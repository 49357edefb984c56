package gov.perftarget.review.domain.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.perftarget.review.domain.MeasureKind;
import gov.perftarget.review.domain.scoring.Trace;

/**
 * The assessment of a monitoring report (docs/domain.md §8), every number with its {@link Trace}. Percentages and
 * deviations (percentage points) have two decimals; a deviation is the difference of the two rounded figures, so
 * that it can be checked by hand. A light is null while the report lacks what it is taken from.
 *
 * @param light the declaration's light: the worst of the budget execution's and the measures'
 */
@Schema(description = "监控结果 (the assessment of a monitoring report)")
public record MonitoringResult(String ruleSet, TimeProgress timeProgress, Execution execution,
        List<MeasureResult> measures, Light light, Counts counts) {

    /** 时间进度: days from 1 January to the cut-off, inclusive, over the days of the year. */
    @Schema(name = "MonitoringTimeProgress", description = "时间进度 (time progress)")
    public record TimeProgress(LocalDate cutOff, int daysElapsed, int daysInYear, BigDecimal percent, Trace trace) {
    }

    /** 预算执行进度: executed to date over the approved expenditure total (万元), against the time progress. */
    @Schema(name = "MonitoringExecution", description = "预算执行进度 (budget execution progress)")
    public record Execution(BigDecimal budget, BigDecimal executedToDate, BigDecimal progress, BigDecimal expected,
            BigDecimal deviation, Light light, Trace trace) {
    }

    /**
     * 目标完成进度 of one annual measure: its kind, achievement progress against what is expected by the cut-off,
     * the deviation, and the light with the rule it came from (the forecast may raise it).
     */
    @Schema(name = "MonitoringMeasureResult", description = "目标完成进度 (one measure's progress and light)")
    public record MeasureResult(int indicatorPosition, String indicatorName, int measureIndex, String text,
            MeasureKind kind, String comparator, BigDecimal target, String unit, BigDecimal progressValue,
            Forecast forecast, BigDecimal achievementProgress, BigDecimal expected, BigDecimal deviation, Light light,
            Trace trace) {
    }

    /** How many measures have each light. */
    @Schema(name = "MonitoringLightCounts", description = "红黄绿灯数 (measures per light)")
    public record Counts(int green, int yellow, int red) {
    }
}
