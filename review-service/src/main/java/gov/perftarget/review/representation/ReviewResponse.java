package gov.perftarget.review.representation;

import gov.perftarget.review.representation.ReviewResponse;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.perftarget.review.domain.Grade;
import gov.perftarget.review.domain.PreReviewResult;
import gov.perftarget.review.domain.Review;
import gov.perftarget.review.domain.ReviewStatus;
import gov.perftarget.review.domain.ReviewerDecision;

/** The review of one submitted revision, with its pre-review once done. */
@Schema(description = "绩效目标审核 review of one submitted revision")
public record ReviewResponse(
        UUID id,
        UUID declarationId,
        int revision,
        String departmentCode,
        String departmentName,
        int fiscalYear,
        ReviewStatus status,
        OffsetDateTime submittedAt,
        OffsetDateTime receivedAt,
        @Schema(nullable = true) OffsetDateTime preReviewedAt,
        @Schema(nullable = true, description = "while PENDING: why the pre-review has not finished yet")
        String waitingFor,
        @Schema(nullable = true, description = "机审结果 the automatic pre-review; null while PENDING")
        PreReviewResult preReview,
        @Schema(nullable = true, description = "the overall grade the pre-review proposes (优 EXCELLENT / 良 GOOD / 中 FAIR / 差 POOR)")
        Grade proposedGrade,
        @Schema(nullable = true, description = "审核意见 the reviewer's decision; null until decided")
        ReviewerDecision decision) {

    public static ReviewResponse of(Review review) {
        return new ReviewResponse(review.id, review.declarationId, review.revision, review.departmentCode,
                review.departmentName, review.fiscalYear, review.status, review.submittedAt, review.receivedAt,
                review.completedAt, review.waitingFor(), review.result,
                review.proposedGrade, review.decision);
    }
}
