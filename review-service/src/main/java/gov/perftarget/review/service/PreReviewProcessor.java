package gov.perftarget.review.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import gov.perftarget.review.client.IndicatorServiceClient;
import gov.perftarget.review.domain.CatalogueCategory;
import gov.perftarget.review.domain.ChangesSinceReturned;
import gov.perftarget.review.domain.PreReview;
import gov.perftarget.review.domain.PreReviewResult;
import gov.perftarget.review.domain.RevisionIndicator;
import gov.perftarget.review.domain.Review;
import gov.perftarget.review.domain.ReviewStatus;
import gov.perftarget.review.events.DeclarationPreReviewed;
import gov.perftarget.outbox.EventOutbox;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Runs the automatic pre-review of pending reviews. A review stays pending until indicator-service
 * serves the revision's frozen indicators (it freezes them from the same event, possibly later, and
 * may be down for a while): each run tries again, so no submission is lost on the way.
 */
@ApplicationScoped
public class PreReviewProcessor {

    private final IndicatorServiceClient indicatorService;
    private final PreReviewConfig config;
    private final EventOutbox outbox;
    private final String preReviewedTopic;

    public PreReviewProcessor(@RestClient IndicatorServiceClient indicatorService, PreReviewConfig config,
            EventOutbox outbox, @ConfigProperty(name = "perftarget.topics.declaration-pre-reviewed") String preReviewedTopic) {
        this.indicatorService = indicatorService;
        this.config = config;
        this.outbox = outbox;
        this.preReviewedTopic = preReviewedTopic;
    }

    @Scheduled(every = "${perftarget.pre-review.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void processPending() {
        List<Review> pending = Review.lockPending(config.batchSize());
        if (pending.isEmpty()) {
            return;
        }
        List<CatalogueCategory> catalogue;
        try {
            catalogue = indicatorService.categories();
        } catch (RuntimeException e) {
            pending.forEach(review -> notYet(review, "indicator-service unavailable: " + e.getMessage()));
            return;
        }
        for (Review review : pending) {
            try {
                IndicatorServiceClient.IndicatorSet indicators = indicatorService.frozenIndicators(review.declarationId,
                        review.revision);
                review.result = withChangesSinceReturned(review,
                        PreReview.run(review.submission, indicators.indicators(), catalogue), indicators.indicators());
                review.indicators = indicators.indicators();
                review.proposedGrade = review.result.proposedGrades().overallGrade();
                review.status = ReviewStatus.PRE_REVIEWED;
                review.completedAt = OffsetDateTime.now(ZoneOffset.UTC);
                review.lastError = null;
                // in the same transaction as the result: budget-service moves the declaration to UNDER_REVIEW
                outbox.add(preReviewedTopic, DeclarationPreReviewed.TYPE, review.declarationId,
                        "declarations/" + review.declarationId + "/revisions/" + review.revision,
                        DeclarationPreReviewed.of(review));
                Log.infof("Pre-review of declaration %s revision %d: %d errors, %d warnings", review.declarationId,
                        review.revision, review.result.errorCount(), review.result.warningCount());
            } catch (WebApplicationException e) {
                notYet(review, e.getResponse().getStatus() == 404 ? "indicators not frozen yet"
                        : "indicator-service answered " + e.getResponse().getStatus());
            } catch (RuntimeException e) {
                notYet(review, "indicator-service unavailable: " + e.getMessage());
            }
        }
    }

    /** A revision submitted after a returned one shows what changed since and which findings are resolved. */
    private static PreReviewResult withChangesSinceReturned(Review review, PreReviewResult result,
            List<RevisionIndicator> indicators) {
        return Review.lastReturnedBefore(review.declarationId, review.revision)
                .filter(returned -> returned.result != null && returned.indicators != null)
                .map(returned -> result.withChangesSinceReturned(ChangesSinceReturned.of(returned.revision,
                        returned.submission, returned.indicators, returned.result.findings(), review.submission,
                        indicators, result.findings())))
                .orElse(result);
    }

    private static void notYet(Review review, String reason) {
        review.attempts++;
        review.lastError = reason;
        if (review.attempts % 30 == 1) {
            Log.warnf("Pre-review of declaration %s revision %d waits: %s", review.declarationId, review.revision,
                    reason);
        }
    }
}
