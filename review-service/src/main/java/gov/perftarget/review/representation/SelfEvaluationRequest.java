package gov.perftarget.review.representation;

import gov.perftarget.review.representation.SelfEvaluationRequest;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 绩效自评: the budget executed and the evaluator's part (scores of qualitative measures within their
 * band, deviation reasons); actual values come from indicator-service.
 */
@Schema(description = "绩效自评 self-evaluation inputs", examples = """
        {"executedAmount": "480000.00",
         "qualitativeScores": [{"indicatorPosition": 4, "measureIndex": 1, "score": "2.20"}],
         "deviationExplanations": [{"indicatorPosition": 1, "measureIndex": 0,
           "deviationReason": "部分联合资助项目延期签约", "improvementMeasure": "提前启动下年度项目征集"}]}""")
public record SelfEvaluationRequest(
        @Schema(description = "预算执行数 executed amount in 万元, decimal string", examples = "480000.00")
        @NotNull(message = "{validation.executedamount-is-required}")
        @Digits(integer = 13, fraction = 2, message = "{validation.at-most-13-integer-digits-and-2-decimals}")
        @DecimalMin(value = "0", message = "{validation.executedamount-must-not-be-negative}")
        BigDecimal executedAmount,

        @Schema(description = "the rule-set version to score with; the year's latest when omitted")
        @Min(value = 1, message = "{validation.rulesetversion-starts-at-1}")
        Integer ruleSetVersion,

        @Size(max = 1000, message = "{validation.at-most-items}")
        List<@Valid @NotNull(message = "{validation.must-not-be-null}") QualitativeScore> qualitativeScores,

        @Size(max = 1000, message = "{validation.at-most-items}")
        List<@Valid @NotNull(message = "{validation.must-not-be-null}") DeviationExplanation> deviationExplanations) {

    /** The evaluator's score of a qualitative measure, within the band recorded for it. */
    public record QualitativeScore(
            @Min(value = 1, message = "{validation.indicatorposition-starts-at-1}") int indicatorPosition,
            @Min(value = 0, message = "{validation.measureindex-starts-at-0}") int measureIndex,
            @NotNull(message = "{validation.score-is-required}")
            @Digits(integer = 3, fraction = 2, message = "{validation.score-has-at-most-2-decimals}")
            BigDecimal score) {
    }

    /** 偏差原因及改进措施 of one measure. */
    public record DeviationExplanation(
            @Min(value = 1, message = "{validation.indicatorposition-starts-at-1}") int indicatorPosition,
            @Min(value = 0, message = "{validation.measureindex-starts-at-0}") int measureIndex,
            @Size(max = 2000, message = "{validation.at-most-characters}") String deviationReason,
            @Size(max = 2000, message = "{validation.at-most-characters}") String improvementMeasure) {
    }
}
