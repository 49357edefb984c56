package gov.perftarget.review.events;

import java.util.UUID;

import gov.perftarget.review.domain.Review;
import gov.perftarget.review.service.ReviewService;

/**
 * Data of the {@code declaration-pre-reviewed} event (key: the declaration id): the automatic
 * pre-review of a revision is done and the revision waits for its reviewer (UNDER_REVIEW). No
 * person causes it: its {@code actor} is review-service itself.
 */
public record DeclarationPreReviewed(UUID declarationId, int revision, UUID reviewId, long errorCount,
        long warningCount, String actor) {

    public static final String TYPE = "declaration-pre-reviewed";

    public static DeclarationPreReviewed of(Review review) {
        return new DeclarationPreReviewed(review.declarationId, review.revision, review.id,
                review.result.errorCount(), review.result.warningCount(), "system:" + ReviewService.SERVICE);
    }
}
