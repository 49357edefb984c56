package gov.perftarget.review.domain.monitoring;

import static gov.perftarget.review.Messages.MESSAGES;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

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
public record MonitoringRules(int cutOffMonth, int cutOffDay, BigDecimal greenFrom, BigDecimal yellowFrom,
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
