package gov.perftarget.review.domain.monitoring;

import static gov.perftarget.review.Messages.MESSAGES;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.perftarget.review.domain.scoring.ScoringRules;

/**
 * 绩效运行监控规则: the thresholds of a fiscal year's monitoring (docs/domain.md §8), stored and versioned like the
 * scoring rules. Deviations are in percentage points.
 *
 * @param cutOffMonth         month of the default cut-off date (数据截止日期), 7
 * @param cutOffDay           day of the default cut-off date, 31
 * @param greenFrom           a deviation at or above this is green, −10
 * @param yellowFrom          a deviation at or above this (and below {@code greenFrom}) is yellow, below it red, −20
 * @param atMostTolerance     how far a ≤ measure may run over its allowance before its light turns (1.10: 10 %)
 */
@Schema(description = "绩效运行监控规则 the thresholds of a year's monitoring (docs/domain.md §8)", examples = """
        {"cutOffMonth": 7, "cutOffDay": 31, "greenFrom": "-10", "yellowFrom": "-20", "atMostTolerance": "1.10"}""")
public record MonitoringRules(
        @Schema(description = "默认数据截止月 (month of the default cut-off date)", examples = "7")
        @Min(value = 1, message = "{validation.month-from-1-to-12}") @Max(value = 12, message = "{validation.month-from-1-to-12}")
        int cutOffMonth,
        @Schema(description = "默认数据截止日 (day of the default cut-off date)", examples = "31")
        @Min(value = 1, message = "{validation.day-from-1-to-31}") @Max(value = 31, message = "{validation.day-from-1-to-31}")
        int cutOffDay,
        @Schema(description = "绿灯下限 (green from): a deviation at or above it is green, in percentage points",
                pattern = "^-?\\d{1,3}(\\.\\d{1,2})?$", examples = "-10")
        @NotNull(message = "{validation.must-not-be-null}")
        @Digits(integer = 3, fraction = 2, message = "{validation.percentage-points-at-most-3-digits-and-2-decimals}")
        BigDecimal greenFrom,
        @Schema(description = "黄灯下限 (yellow from): a deviation at or above it (below greenFrom) is yellow, below it red",
                pattern = "^-?\\d{1,3}(\\.\\d{1,2})?$", examples = "-20")
        @NotNull(message = "{validation.must-not-be-null}")
        @Digits(integer = 3, fraction = 2, message = "{validation.percentage-points-at-most-3-digits-and-2-decimals}")
        BigDecimal yellowFrom,
        @NotNull(message = "{validation.must-not-be-null}")
        @Schema(description = "反向指标容差 (tolerance of a ≤ measure over its allowance), from 1 to 2", examples = "1.10")
        @Digits(integer = 1, fraction = 4, message = "{validation.tolerance-at-most-4-decimals}")
        BigDecimal atMostTolerance) {

    public static MonitoringRules defaults() {
        return new MonitoringRules(7, 31, new BigDecimal("-10"), new BigDecimal("-20"), new BigDecimal("1.10"));
    }

    /** The light of a deviation in percentage points. */
    public Light light(BigDecimal deviation) {
        if (deviation.compareTo(greenFrom) >= 0) {
            return Light.GREEN;
        }
        return deviation.compareTo(yellowFrom) >= 0 ? Light.YELLOW : Light.RED;
    }

    /** The default cut-off date of a round of this fiscal year. */
    public MonthDay cutOff() {
        return MonthDay.of(cutOffMonth, cutOffDay);
    }

    /** Every rule that cannot hold, by field. */
    public List<ScoringRules.Problem> problems() {
        List<ScoringRules.Problem> problems = new ArrayList<>();
        try {
            MonthDay.of(cutOffMonth, cutOffDay);
        } catch (DateTimeException e) {
            problems.add(new ScoringRules.Problem("cutOffDay", MESSAGES.text("monitoring-rules.cut-off-not-a-date")));
        }
        if (greenFrom == null || greenFrom.signum() > 0) {
            problems.add(new ScoringRules.Problem("greenFrom", MESSAGES.text("monitoring-rules.green-from-positive")));
        }
        if (yellowFrom == null || greenFrom != null && yellowFrom.compareTo(greenFrom) > 0) {
            problems.add(new ScoringRules.Problem("yellowFrom", MESSAGES.text("monitoring-rules.yellow-above-green")));
        }
        if (atMostTolerance == null || atMostTolerance.compareTo(BigDecimal.ONE) < 0
                || atMostTolerance.compareTo(BigDecimal.valueOf(2)) > 0) {
            problems.add(new ScoringRules.Problem("atMostTolerance", MESSAGES.text("monitoring-rules.tolerance-range")));
        }
        return problems;
    }
}
