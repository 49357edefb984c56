package gov.perftarget.review.domain.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import gov.perftarget.review.domain.MeasureKind;

/**
 * What a monitoring report is assessed from: the cut-off date, the approved revision's expenditure total and the
 * amount executed to date (万元), and each annual measure with its progress value and forecast.
 */
public record MonitoringInput(LocalDate cutOff, BigDecimal budget, BigDecimal executedToDate, List<Measure> measures) {

    /**
     * An annual measure of the approved revision at the cut-off.
     *
     * @param comparator    ≥ ＞ ＝ ＜ ≤ or ～ (a range counts as ≥ its lower bound)
     * @param progressValue 进度值 in the measure's unit, null when none was recorded
     * @param forecast      预计能否完成, null until the department gives it
     */
    public record Measure(int indicatorPosition, String indicatorName, int measureIndex, String text,
            boolean quantitative, MeasureKind kind, String comparator, BigDecimal target, String unit,
            BigDecimal progressValue, Forecast forecast) {
    }
}
