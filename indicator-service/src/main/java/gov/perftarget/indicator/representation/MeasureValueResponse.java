package gov.perftarget.indicator.representation;

import gov.perftarget.indicator.representation.MeasureValueResponse;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.perftarget.indicator.domain.AchievementBand;
import gov.perftarget.indicator.domain.MeasureValue;
import gov.perftarget.indicator.grammar.Measure;

/** One annual measure of an approved revision with its recorded progress and actual values (null until recorded). */
@Schema(description = "年度指标值及其进度值、完成值 an annual measure with its progress and actual values")
public record MeasureValueResponse(
        int indicatorPosition,
        String indicatorName,
        @Schema(description = "index among the indicator's annual measures, from 0") int measureIndex,
        Measure measure,
        BigDecimal progressValue,
        AchievementBand progressBand,
        String progressEvidence,
        OffsetDateTime progressRecordedAt,
        BigDecimal actualValue,
        AchievementBand actualBand,
        String actualEvidence,
        OffsetDateTime actualRecordedAt) {

    public static MeasureValueResponse of(int position, String name, int index, Measure measure, MeasureValue value) {
        if (value == null) {
            return new MeasureValueResponse(position, name, index, measure, null, null, null, null, null, null, null,
                    null);
        }
        return new MeasureValueResponse(position, name, index, measure, asWritten(value.progressValue),
                value.progressBand, value.progressEvidence, value.progressRecordedAt, asWritten(value.actualValue),
                value.actualBand, value.actualEvidence, value.actualRecordedAt);
    }

    /** The column keeps 4 decimals; 812.0000 is shown as 812, as it was entered. */
    private static BigDecimal asWritten(BigDecimal stored) {
        if (stored == null) {
            return null;
        }
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
