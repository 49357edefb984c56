package gov.perftarget.review.representation;

import gov.perftarget.review.representation.ReviewDecisionRequest;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.perftarget.review.domain.Criterion;
import gov.perftarget.review.domain.Grade;
import gov.perftarget.review.domain.ReturnReason;
import gov.perftarget.review.domain.ReviewDecision;

/** 审核意见: the reviewer's grades, comments, reasons and decision on one revision. */
@Schema(description = "审核意见 the reviewer's decision on a revision", examples = """
        {"criterionGrades": {"COMPLETENESS": "FAIR", "RELEVANCE": "GOOD", "APPROPRIATENESS": "GOOD", "FEASIBILITY": "GOOD"},
         "indicatorComments": [{"position": 4, "comment": "新增省级以上孵化载体15家 缺少“≥”符号"}],
         "overallComment": "请补充满意度指标和成本指标后重新申报。",
         "reasonCodes": ["ADD_OUTPUT_OUTCOME_OR_SATISFACTION_INDICATORS", "NOT_SPECIFIC_OR_QUANTIFIED"],
         "overallGrade": "FAIR", "decision": "RETURNED", "reviewer": "财政局绩效处 王审核"}""")
public record ReviewDecisionRequest(
        @Schema(description = "a grade per criterion: COMPLETENESS 完整性, RELEVANCE 相关性, APPROPRIATENESS 适当性, FEASIBILITY 可行性; all four")
        @NotNull(message = "{validation.criteriongrades-is-required}")
        Map<Criterion, @NotNull(message = "{validation.a-grade-is-required}") Grade> criterionGrades,

        @Schema(description = "审核意见 on single indicators")
        @Size(max = 500, message = "{validation.at-most-indicator-comments}")
        List<@Valid @NotNull(message = "{validation.an-indicator-comment-must-not-be-null}") IndicatorComment> indicatorComments,

        @Schema(description = "总体审核意见; required with reason code OTHER")
        @Size(max = 10000, message = "{validation.overallcomment-must-be-at-most-characters}")
        String overallComment,

        @Schema(description = "退回/不予通过的原因 (docs/domain.md §4); at least one when returning or rejecting")
        @Size(max = 8, message = "{validation.at-most-reason-codes}")
        List<@NotNull(message = "{validation.a-reason-code-must-not-be-null}") ReturnReason> reasonCodes,

        @Schema(description = "总体评级 优 EXCELLENT / 良 GOOD / 中 FAIR / 差 POOR")
        @NotNull(message = "{validation.overallgrade-is-required}")
        Grade overallGrade,

        @Schema(description = "APPROVED (优/良), RETURNED (中) or REJECTED (差); follows from overallGrade when omitted")
        ReviewDecision decision,

        @Schema(description = "who decides (until authentication names them)")
        @Size(max = 200, message = "{validation.reviewer-must-be-at-most-characters}")
        String reviewer) {

    /** 审核意见 on one indicator. */
    @Schema(name = "IndicatorCommentRequest", description = "指标审核意见 (review comment on one indicator)")
    public record IndicatorComment(
            @Schema(description = "the indicator's position in the revision, from 1")
            @Min(value = 1, message = "{validation.position-starts-at-1}") int position,
            @NotBlank(message = "{validation.comment-must-not-be-blank}")
            @Size(max = 2000, message = "{validation.comment-must-be-at-most-characters}")
            String comment) {
    }
}
