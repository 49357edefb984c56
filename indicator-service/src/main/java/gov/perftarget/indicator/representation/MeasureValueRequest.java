package gov.perftarget.indicator.representation;

import gov.perftarget.indicator.representation.MeasureValueRequest;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.perftarget.indicator.domain.AchievementBand;

/**
 * A progress value (进度值) or an actual value (完成值) of one measure: a number in the measure's unit
 * for a quantitative measure, an achievement band for a qualitative one, with its evidence.
 */
@Schema(description = "进度值 / 完成值 progress or actual value of a measure")
public record MeasureValueRequest(
        @Schema(description = "the value in the measure's unit, for a quantitative measure", examples = "812")
        @Digits(integer = 20, fraction = 4, message = "{validation.value-has-at-most-20-integer-digits-and-4-decimals}")
        BigDecimal value,

        @Schema(description = "for a qualitative measure: ACHIEVED, PARTLY_ACHIEVED or NOT_ACHIEVED")
        AchievementBand band,

        @Schema(description = "佐证材料说明 evidence notes")
        @Size(max = 10000, message = "{validation.evidence-must-be-at-most-characters}")
        String evidence) {
}
