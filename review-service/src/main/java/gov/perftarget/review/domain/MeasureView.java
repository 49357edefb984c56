package gov.perftarget.review.domain;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A measure of a target value cell as indicator-service read it (指标值, parsed). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeasureView(String nature, String metric, String comparator, BigDecimal value, BigDecimal upperValue,
        String unit, BigDecimal normalizedValue, String normalizedUnit, String text, boolean signMissing,
        List<String> warnings) {

    public boolean quantitative() {
        return "QUANTITATIVE".equals(nature);
    }

    /** The value to compare: normalised where the unit converts. */
    public BigDecimal comparable() {
        return normalizedValue != null ? normalizedValue : value;
    }

    public String comparableUnit() {
        return normalizedUnit != null ? normalizedUnit : unit;
    }
}
