package gov.perftarget.review.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import gov.perftarget.audit.AuditTrail;
import gov.perftarget.messaging.EventTracing;
import gov.perftarget.messaging.outbox.EventOutbox;
import gov.perftarget.messaging.OnDemandRun;
import gov.perftarget.review.client.IndicatorServiceClient;
import gov.perftarget.review.client.IndicatorServiceClient.IndicatorSet;
import gov.perftarget.review.client.IndicatorServiceClient.Revision;
import gov.perftarget.review.client.IndicatorServiceClient.RevisionLookup;
import gov.perftarget.review.domain.AcrossYears;
import gov.perftarget.review.domain.CatalogueCategory;
import gov.perftarget.review.domain.ChangesSinceReturned;
import gov.perftarget.review.domain.PreReview;
import gov.perftarget.review.domain.PreReviewResult;
import gov.perftarget.review.domain.Review;
import gov.perftarget.review.domain.ReviewStatus;
import gov.perftarget.review.domain.RevisionIndicator;
import gov.perftarget.review.domain.events.DeclarationPreReviewed;
import io.opentelemetry.api.trace.SpanKind;
import io.quarkus.logging.Log;
import io.micrometer.core.instrument.Metrics;
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
public class PreReviewService {

    private final IndicatorServiceClient indicatorService;
    private final PreReviewConfig config;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final EventTracing tracing;
    /**
     * The processor's runs, each on its own thread and each taking its own batch (the pending reviews are
     * locked with SKIP LOCKED). A commit or a sweep starts the first; a run that finds a full batch calls
     * in the next, so that a backlog is worked off side by side: on a busy machine CPU time is shared out
     * per thread, and one thread among the request threads gets too little of it.
     */
    private final List<OnDemandRun> runs;
    /** How soon a revision whose indicators are not frozen yet is tried again: indicator-service is freezing them. */
    private static final Duration NOT_FROZEN_RETRY = Duration.ofMillis(200);
    private static final String NOT_FROZEN_YET = "indicators not frozen yet";

    public PreReviewService(@RestClient IndicatorServiceClient indicatorService, PreReviewConfig config,
            EventOutbox outbox,
            AuditTrail audit, EventTracing tracing) {
        this.tracing = tracing;
        this.indicatorService = indicatorService;
        this.config = config;
        this.outbox = outbox;
        this.audit = audit;
        this.runs = IntStream.rangeClosed(1, config.parallelRuns())
                .mapToObj(run -> new OnDemandRun("pre-review-" + run, () -> processPending(run % config.parallelRuns())))
                .toList();
    }

    /** Pre-reviews what the caller's transaction opened, within {@code perftarget.pre-review.linger} of its commit. */
    public void runAfterCommit(TransactionSynchronizationRegistry transaction) {
        runs.get(0).requestAfterCommit(transaction, config.linger());
    }

    /** The sweep: for reviews an earlier run could not finish (indicator-service was away). */
    @Scheduled(every = "${perftarget.pre-review.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class) // not while shutting down: the database is gone
    void sweep() {
        runs.get(0).request();
    }

    /**
     * Each run works through the backlog, batch after batch (each in its own transaction), until a
     * batch comes back short or indicator-service cannot be reached: on a busy day submissions arrive
     * faster than one batch per run.
     *
     * @param next the index of the run to call in when a full batch shows a backlog
     */
    private void processPending(int next) {
        while (QuarkusTransaction.requiringNew().call(this::processBatch)) {
            // a full batch was pre-reviewed: more may be waiting, for this run and the next
            if (next != 0) {
                runs.get(next).request();
            }
        }
    }

    /** @return whether the batch was full and all of it was pre-reviewed */
    boolean processBatch() {
        List<Review> pending = Review.lockPending(config.batchSize());
        if (pending.isEmpty()) {
            return false;
        }
        List<String> traces = pending.stream().map(review -> review.traceParent).toList();
        Fetched fetched;
        try {
            // the batch's calls join the trace of its first review's submission and link the others
            fetched = tracing.inSpan("pre-review fetch", SpanKind.INTERNAL, traces.get(0), traces.subList(1, traces.size()),
                    Map.of("perftarget.batch.size", String.valueOf(pending.size())),
                    () -> new Fetched(catalogue(), frozenIndicators(pending), priorYears(pending)));
        } catch (WebApplicationException e) {
            pending.forEach(review -> notYet(review, "indicator-service answered " + e.getResponse().getStatus()));
            return false;
        } catch (RuntimeException e) {
            pending.forEach(review -> notYet(review, "indicator-service unavailable: " + e.getMessage()));
            return false;
        }
        boolean all = true;
        for (Review review : pending) {
            List<RevisionIndicator> indicators = fetched.frozen().get(new Revision(review.declarationId, review.revision));
            if (indicators == null) {
                all = false;
                notYet(review, NOT_FROZEN_YET);
                continue;
            }
            tracing.inSpan("pre-review", SpanKind.INTERNAL, review.traceParent,
                    Map.of("perftarget.declaration.id", review.declarationId.toString(),
                            "perftarget.revision", String.valueOf(review.revision)),
                    () -> preReview(review, indicators, fetched));
        }
        if (!all) {
            runs.get(0).requestWithin(NOT_FROZEN_RETRY); // one retry for the batch, not one per review
        }
        return all && pending.size() == config.batchSize();
    }

    /** What a batch of pre-reviews reads from indicator-service. */
    private record Fetched(List<CatalogueCategory> catalogue, Map<Revision, List<RevisionIndicator>> frozen,
            Map<Review, AcrossYears.PriorYear> priorYears) {
    }

    /** Pre-reviews one review whose frozen indicators are there, and tells budget-service (its outbox). */
    private void preReview(Review review, List<RevisionIndicator> indicators, Fetched fetched) {
        ReviewService.ReviewState before = ReviewService.ReviewState.of(review);
        review.result = withChangesSinceReturned(review,
                PreReview.run(review.submission, indicators, fetched.catalogue(), fetched.priorYears().get(review)),
                indicators);
        review.indicators = indicators;
        review.proposedGrade = review.result.proposedGrades().overallGrade();
        review.status = ReviewStatus.PRE_REVIEWED;
        review.completedAt = OffsetDateTime.now(ZoneOffset.UTC);
        review.lastError = null;
        // caused by the submission event that opened the review
        audit.recordEvent(ReviewService.SERVICE, review.eventId, null, "review.pre-review", "review", review.id, before,
                ReviewService.ReviewState.of(review));
        // in the same transaction as the result: budget-service moves the declaration to UNDER_REVIEW
        outbox.add(DeclarationPreReviewed.of(review, "system:" + ReviewService.SERVICE));
        Metrics.counter("perftarget.pre.reviews").increment();
        Log.infof("Pre-review of declaration %s revision %d: %d errors, %d warnings", review.declarationId,
                review.revision, review.result.errorCount(), review.result.warningCount());
    }

    /**
     * The frozen indicators of the whole batch, read in one call rather than one call per review, each
     * queued behind indicator-service's other requests.
     */
    private Map<Revision, List<RevisionIndicator>> frozenIndicators(List<Review> pending) {
        List<Revision> revisions = pending.stream().map(review -> new Revision(review.declarationId, review.revision)).toList();
        return indicatorService.frozenIndicators(new RevisionLookup(revisions)).indicatorSets().stream()
                .collect(Collectors.toMap(set -> new Revision(set.declarationId(), set.revision()), IndicatorSet::indicators));
    }

    /**
     * For each review whose department has an approved revision of an earlier fiscal year, the latest such
     * revision's annual measures with their actual values (docs/domain.md §9). One query for the batch, before
     * any review changes, so that it flushes nothing; one call to indicator-service per earlier revision.
     */
    private Map<Review, AcrossYears.PriorYear> priorYears(List<Review> pending) {
        List<Object[]> approved = approvedReviews(pending.stream().map(review -> review.departmentCode).distinct().toList());
        Map<Revision, AcrossYears.PriorYear> read = new HashMap<>();
        Map<Review, AcrossYears.PriorYear> priorYears = new HashMap<>();
        for (Review review : pending) {
            AcrossYears.PriorYear prior = priorYear(approved, review.departmentCode, review.fiscalYear, read);
            if (prior != null) {
                priorYears.put(review, prior);
            }
        }
        return priorYears;
    }

    /** The department's latest approved revision before {@code fiscalYear}, with its measures; null if none. */
    public AcrossYears.PriorYear priorYear(String departmentCode, int fiscalYear) {
        return priorYear(approvedReviews(List.of(departmentCode)), departmentCode, fiscalYear, new HashMap<>());
    }

    /** The approved reviews of these departments (department, year, declaration, revision), latest first. */
    private static List<Object[]> approvedReviews(List<String> departments) {
        return Review.getEntityManager().createQuery("""
                select r.departmentCode, r.fiscalYear, r.declarationId, r.revision from Review r
                where r.departmentCode in ?1 and r.status = ?2 order by r.fiscalYear desc, r.revision desc""", Object[].class)
                .setParameter(1, departments).setParameter(2, ReviewStatus.APPROVED)
                .setFlushMode(FlushModeType.COMMIT).getResultList();
    }

    private AcrossYears.PriorYear priorYear(List<Object[]> approved, String departmentCode, int fiscalYear,
            Map<Revision, AcrossYears.PriorYear> read) {
        for (Object[] row : approved) {
            int year = (Integer) row[1];
            if (row[0].equals(departmentCode) && year < fiscalYear) {
                // the latest earlier year only
                return read.computeIfAbsent(new Revision((UUID) row[2], (Integer) row[3]), key -> priorYear(key, year));
            }
        }
        return null;
    }

    private AcrossYears.PriorYear priorYear(Revision revision, int fiscalYear) {
        try {
            List<AcrossYears.PriorMeasure> measures = indicatorService.measureValues(revision.declarationId(),
                    revision.revision()).stream()
                    .map(value -> new AcrossYears.PriorMeasure(value.indicatorPosition(), value.measure(), value.actualValue()))
                    .toList();
            return new AcrossYears.PriorYear(fiscalYear, measures);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() >= 500) {
                throw e; // indicator-service is away: the batch waits for it
            }
            // it does not hold the earlier revision as approved: nothing to compare with, nothing to wait for
            Log.warnf("No measures of %s revision %d for the across-years comparison: %d", revision.declarationId(),
                    revision.revision(), e.getResponse().getStatus());
            return null;
        }
    }

    /** The catalogue as last read, and when (System.nanoTime). */
    private record ReadCatalogue(List<CatalogueCategory> categories, long readAt) {
    }

    private volatile ReadCatalogue catalogue;

    /**
     * indicator-service's catalogue, read again once it is older than {@code perftarget.pre-review.catalogue-max-age}:
     * it changes only with a migration of indicator-service, and reading it for every run doubled the calls.
     */
    public List<CatalogueCategory> catalogue() {
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

    void stop(@Observes ShutdownEvent stopping) {
        runs.forEach(OnDemandRun::stop);
    }

    private static void notYet(Review review, String reason) {
        review.attempts++;
        review.lastError = reason;
        // a revision not frozen yet is the usual race with indicator-service: worth a warning only once it
        // has lasted; a failure is worth one at once
        if (review.attempts % 30 == (NOT_FROZEN_YET.equals(reason) ? 0 : 1)) {
            Log.warnf("Pre-review of declaration %s revision %d waits: %s", review.declarationId, review.revision,
                    reason);
        }
    }
}
