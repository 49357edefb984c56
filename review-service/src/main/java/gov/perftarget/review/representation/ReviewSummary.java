package gov.perftarget.review.representation;

import gov.perftarget.review.representation.ReviewSummary;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.perftarget.review.domain.Grade;
import gov.perftarget.review.domain.Review;
import gov.perftarget.review.domain.ReviewStatus;

/**
 * 审核摘要: one review in a list, without its pre-review and decision (read them with GET
 * /reviews/{id}). A pre-review is about 11 kB; a page of them cost review-service far more to read,
 * hold and write than the waiting list needs.
 */
@Schema(description = "审核摘要 one review in a list; its pre-review and decision are read with GET /api/v1/reviews/{id}")
public record ReviewSummary(
        UUID id,
        UUID declarationId,
        int revision,
        String departmentCode,
        String departmentName,
        int fiscalYear,
        @Schema(description = "APPROVED, RETURNED or REJECTED once the reviewer decided")
        ReviewStatus status,
        OffsetDateTime submittedAt,
        OffsetDateTime receivedAt,
        OffsetDateTime preReviewedAt,
        @Schema(description = "while PENDING: why the pre-review has not finished yet")
        String waitingFor,
        @Schema(description = "the overall grade the pre-review proposes (优 EXCELLENT / 良 GOOD / 中 FAIR / 差 POOR)")
        Grade proposedGrade,
        @Schema(description = "when the reviewer decided; null until then")
        OffsetDateTime decidedAt) {

    public static ReviewSummary of(Review review) {
        return new ReviewSummary(review.id, review.declarationId, review.revision, review.departmentCode,
                review.departmentName, review.fiscalYear, review.status, review.submittedAt, review.receivedAt,
                review.completedAt, review.waitingFor(),
                review.proposedGrade, review.decidedAt);
    }
}
