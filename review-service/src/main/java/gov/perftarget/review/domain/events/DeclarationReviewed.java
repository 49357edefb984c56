package gov.perftarget.review.domain.events;

import gov.perftarget.messaging.outbox.RevisionEvent;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import gov.perftarget.review.domain.Grade;
import gov.perftarget.review.domain.ReturnReason;
import gov.perftarget.review.domain.Review;
import gov.perftarget.review.domain.ReviewDecision;

/**
 * Data of the {@code declaration-reviewed} event (key: the declaration id): the reviewer's decision
 * on a revision. budget-service moves the declaration to APPROVED, RETURNED or REJECTED;
 * indicator-service opens the approved measures to actual values or unlocks the indicators.
 * {@code actor} is the reviewer who decided.
 */
public record DeclarationReviewed(UUID declarationId, int revision, UUID reviewId, ReviewDecision decision,
        Grade overallGrade, List<ReturnReason> reasonCodes, OffsetDateTime reviewedAt, String actor) implements RevisionEvent {

    public static final String TYPE = "declaration-reviewed";

    @Override
    public String type() {
        return TYPE;
    }

    /** The decision {@code reviewer} (token subject) recorded on the review. */
    public static DeclarationReviewed of(Review review, String reviewer) {
        return new DeclarationReviewed(review.declarationId, review.revision, review.id, review.decision.decision(),
                review.decision.overallGrade(), review.decision.reasonCodes(), review.decidedAt, reviewer);
    }
}
