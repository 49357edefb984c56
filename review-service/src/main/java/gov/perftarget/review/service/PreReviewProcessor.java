package gov.perftarget.review.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import gov.perftarget.api.AuditTrail;
import gov.perftarget.outbox.EventOutbox;
import gov.perftarget.outbox.OnDemandRun;
import gov.perftarget.review.client.IndicatorServiceClient;
import gov.perftarget.review.domain.CatalogueCategory;
import gov.perftarget.review.domain.ChangesSinceReturned;
import gov.perftarget.review.domain.PreReview;
import gov.perftarget.review.domain.PreReviewResult;
import gov.perftarget.review.domain.Review;
import gov.perftarget.review.domain.ReviewStatus;
import gov.perftarget.review.domain.RevisionIndicator;
import gov.perftarget.review.events.DeclarationPreReviewed;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Runs the automatic pre-review of pending reviews, as soon as a review is opened and at each sweep
 * ({@code perftarget.pre-review.interval}). A review stays pending until indicator-service serves the
 * revision's frozen indicators (it freezes them from the same event, usually a moment later, and may be
 * down for a while): a revision not frozen yet is tried again shortly, an unreachable indicator-service
 * at the next sweep, so no submission is lost on the way.
 */
@ApplicationScoped
public class PreReviewProcessor {

    private final IndicatorServiceClient indicatorService;
    private final PreReviewConfig config;
    private final EventOutbox outbox;
    private final String preReviewedTopic;
    private final AuditTrail audit;
    private final ExecutorService fetchers = Executors.newFixedThreadPool(8);
    /** The processor's runs, one at a time on its own thread. */
    private final OnDemandRun runs = new OnDemandRun("pre-review", this::processPending);
    /** How soon a revision whose indicators are not frozen yet is tried again: indicator-service is freezing them. */
    private static final Duration NOT_FROZEN_RETRY = Duration.ofMillis(200);
    private static final String NOT_FROZEN_YET = "indicators not frozen yet";

    public PreReviewProcessor(@RestClient IndicatorServiceClient indicatorService, PreReviewConfig config,
            EventOutbox outbox, @ConfigProperty(name = "perftarget.topics.declaration-pre-reviewed") String preReviewedTopic,
            AuditTrail audit) {
        this.indicatorService = indicatorService;
        this.config = config;
        this.outbox = outbox;
        this.preReviewedTopic = preReviewedTopic;
        this.audit = audit;
    }

    /** Pre-reviews what the caller's transaction opened, once it commits. */
    public void runAfterCommit(TransactionSynchronizationRegistry transaction) {
        runs.requestAfterCommit(transaction);
    }

    /** The sweep: for reviews an earlier run could not finish (indicator-service was away). */
    @Scheduled(every = "${perftarget.pre-review.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class) // not while shutting down: the database is gone
    void sweep() {
        runs.request();
    }

    /**
     * Each run works through the backlog, batch after batch (each in its own transaction), until a
     * batch comes back short or indicator-service cannot be reached: on deadline day submissions
     * arrive faster than one batch per run.
     */
    private void processPending() {
        while (QuarkusTransaction.requiringNew().call(this::processBatch)) {
            // a full batch was pre-reviewed: more may be waiting
        }
    }

    /** @return whether the batch was full and all of it was pre-reviewed */
    boolean processBatch() {
        List<Review> pending = Review.lockPending(config.batchSize());
        if (pending.isEmpty()) {
            return false;
        }
        List<CatalogueCategory> catalogue;
        try {
            catalogue = catalogue();
        } catch (RuntimeException e) {
            pending.forEach(review -> notYet(review, "indicator-service unavailable: " + e.getMessage()));
            return false;
        }
        // the frozen indicators of the whole batch are fetched side by side: one at a time, the batch
        // would wait out indicator-service's answer times one after the other
        List<CompletableFuture<IndicatorServiceClient.IndicatorSet>> fetches = pending.stream()
                .map(review -> CompletableFuture.supplyAsync(
                        () -> indicatorService.frozenIndicators(review.declarationId, review.revision), fetchers))
                .toList();
        boolean all = true;
        boolean anyNotFrozenYet = false;
        for (int i = 0; i < pending.size(); i++) {
            Review review = pending.get(i);
            try {
                IndicatorServiceClient.IndicatorSet indicators = fetched(fetches.get(i));
                ReviewService.ReviewState before = ReviewService.ReviewState.of(review);
                review.result = withChangesSinceReturned(review,
                        PreReview.run(review.submission, indicators.indicators(), catalogue), indicators.indicators());
                review.indicators = indicators.indicators();
                review.proposedGrade = review.result.proposedGrades().overallGrade();
                review.status = ReviewStatus.PRE_REVIEWED;
                review.completedAt = OffsetDateTime.now(ZoneOffset.UTC);
                review.lastError = null;
                // caused by the submission event that opened the review
                audit.recordEvent(ReviewService.SERVICE, review.eventId, null, "review.pre-review", "review", review.id, before,
                        ReviewService.ReviewState.of(review));
                // in the same transaction as the result: budget-service moves the declaration to UNDER_REVIEW
                outbox.add(preReviewedTopic, DeclarationPreReviewed.TYPE, review.declarationId,
                        "declarations/" + review.declarationId + "/revisions/" + review.revision,
                        DeclarationPreReviewed.of(review));
                Log.infof("Pre-review of declaration %s revision %d: %d errors, %d warnings", review.declarationId,
                        review.revision, review.result.errorCount(), review.result.warningCount());
            } catch (WebApplicationException e) {
                all = false;
                boolean notFrozenYet = e.getResponse().getStatus() == 404;
                notYet(review, notFrozenYet ? NOT_FROZEN_YET
                        : "indicator-service answered " + e.getResponse().getStatus());
                anyNotFrozenYet |= notFrozenYet;
            } catch (RuntimeException e) {
                all = false;
                notYet(review, "indicator-service unavailable: " + e.getMessage());
            }
        }
        if (anyNotFrozenYet) {
            runs.requestAfter(NOT_FROZEN_RETRY); // one retry for the batch, not one per review
        }
        return all && pending.size() == config.batchSize();
    }

    /** The catalogue as last read, and when (System.nanoTime). */
    private record ReadCatalogue(List<CatalogueCategory> categories, long readAt) {
    }

    private volatile ReadCatalogue catalogue;

    /**
     * indicator-service's catalogue, read again once it is older than {@code perftarget.pre-review.catalogue-max-age}:
     * it changes only with a migration of indicator-service, and reading it for every run doubled the calls.
     */
    private List<CatalogueCategory> catalogue() {
        ReadCatalogue read = catalogue;
        if (read == null || System.nanoTime() - read.readAt() > config.catalogueMaxAge().toNanos()) {
            read = new ReadCatalogue(indicatorService.categories(), System.nanoTime());
            catalogue = read;
        }
        return read.categories();
    }

    /** A revision submitted after a returned one shows what changed since and which findings are resolved. */
    private static PreReviewResult withChangesSinceReturned(Review review, PreReviewResult result,
            List<RevisionIndicator> indicators) {
        if (review.revision == 1) {
            return result; // nothing before it (and no query: each would flush the whole batch first)
        }
        return Review.lastReturnedBefore(review.declarationId, review.revision)
                .filter(returned -> returned.result != null && returned.indicators != null)
                .map(returned -> result.withChangesSinceReturned(ChangesSinceReturned.of(returned.revision,
                        returned.submission, returned.indicators, returned.result.findings(), review.submission,
                        indicators, result.findings())))
                .orElse(result);
    }

    /** The answer of one fetch, with indicator-service's own failure (not the future's wrapper) thrown. */
    private static IndicatorServiceClient.IndicatorSet fetched(CompletableFuture<IndicatorServiceClient.IndicatorSet> fetch) {
        try {
            return fetch.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        runs.stop();
    }

    @PreDestroy
    void stopFetchers() {
        fetchers.shutdownNow();
    }

    private static void notYet(Review review, String reason) {
        review.attempts++;
        review.lastError = reason;
        // a revision not frozen yet is the usual race with indicator-service (about half of all reviews on
        // deadline day): worth a warning only once it has lasted; a failure is worth one at once
        if (review.attempts % 30 == (NOT_FROZEN_YET.equals(reason) ? 0 : 1)) {
            Log.warnf("Pre-review of declaration %s revision %d waits: %s", review.declarationId, review.revision,
                    reason);
        }
    }
}
