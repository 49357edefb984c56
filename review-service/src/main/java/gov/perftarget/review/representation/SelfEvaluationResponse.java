package gov.perftarget.review.representation;

import gov.perftarget.review.representation.SelfEvaluationResponse;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.perftarget.review.domain.Grade;
import gov.perftarget.review.domain.SelfEvaluation;
import gov.perftarget.review.domain.scoring.SelfEvaluationScore;

/** One scoring of an approved revision (绩效自评), every number with its trace. */
@Schema(description = "绩效自评 self-evaluation score with a trace for every number")
public record SelfEvaluationResponse(
        UUID id,
        UUID declarationId,
        int revision,
        int fiscalYear,
        @Schema(description = "the version of the fiscal year's scoring rules used") int ruleSetVersion,
        @Schema(description = "总分 out of 100") BigDecimal totalScore,
        @Schema(description = "优 EXCELLENT ≥ 90, 良 GOOD ≥ 80, 中 FAIR ≥ 60, 差 POOR (defaults)") Grade grade,
        OffsetDateTime evaluatedAt,
        SelfEvaluationScore score,
        @Schema(description = "what the score was computed from") SelfEvaluation.Inputs inputs) {

    public static SelfEvaluationResponse of(SelfEvaluation evaluation) {
        return new SelfEvaluationResponse(evaluation.id, evaluation.declarationId, evaluation.revision,
                evaluation.fiscalYear, evaluation.ruleSetVersion, evaluation.totalScore, evaluation.grade,
                evaluation.evaluatedAt, evaluation.result, evaluation.inputs);
    }
}
