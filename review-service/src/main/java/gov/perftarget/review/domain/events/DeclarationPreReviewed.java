package gov.perftarget.review.domain.events;

import gov.perftarget.messaging.outbox.RevisionEvent;
import java.util.UUID;

import gov.perftarget.review.domain.Review;

/**
 * Data of the {@code declaration-pre-reviewed} event (key: the declaration id): the automatic
 * pre-review of a revision is done and the revision waits for its reviewer (UNDER_REVIEW). No
 * person causes it: its {@code actor} is review-service itself.
 */
public record DeclarationPreReviewed(UUID declarationId, int revision, UUID reviewId, long errorCount,
        long warningCount, String actor) implements RevisionEvent {

    public static final String TYPE = "declaration-pre-reviewed";

    @Override
    public String type() {
        return TYPE;
    }

    /** The pre-review done on {@code review}, announced by {@code actor} (the service itself). */
    public static DeclarationPreReviewed of(Review review, String actor) {
        return new DeclarationPreReviewed(review.declarationId, review.revision, review.id,
                review.result.errorCount(), review.result.warningCount(), actor);
    }
}
