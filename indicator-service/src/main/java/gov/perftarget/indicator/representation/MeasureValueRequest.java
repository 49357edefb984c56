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
        @Digits(integer = 20, fraction = 4, message = "数值最多 20 位整数、4 位小数|value has at most 20 integer digits and 4 decimals")
        BigDecimal value,

        @Schema(description = "for a qualitative measure: ACHIEVED, PARTLY_ACHIEVED or NOT_ACHIEVED")
        AchievementBand band,

        @Schema(description = "佐证材料说明 evidence notes")
        @Size(max = 10000, message = "佐证说明不能超过 {max} 个字符|evidence must be at most {max} characters")
        String evidence) {
}
