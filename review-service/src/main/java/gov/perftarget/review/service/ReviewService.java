package gov.perftarget.review.service;

import static gov.perftarget.review.Messages.MESSAGES;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import gov.perftarget.api.ApiException;
import gov.perftarget.api.Filters;
import gov.perftarget.api.Page;
import gov.perftarget.api.PageRequest;
import gov.perftarget.api.ProblemType;
import gov.perftarget.audit.AuditTrail;
import gov.perftarget.messaging.consuming.ProcessedEvent;
import gov.perftarget.messaging.EventTracing;
import gov.perftarget.messaging.outbox.EventOutbox;
import gov.perftarget.review.domain.Grade;
import gov.perftarget.review.domain.Review;
import gov.perftarget.review.domain.ReviewDecision;
import gov.perftarget.review.domain.ReviewStatus;
import gov.perftarget.review.domain.ReviewerDecision;
import gov.perftarget.review.domain.events.DeclarationReviewed;
import gov.perftarget.review.domain.events.DeclarationSubmitted;
import gov.perftarget.review.representation.ReviewDecisionRequest;
import gov.perftarget.security.Caller;
import io.quarkus.logging.Log;

/** Reviews: opened by a submission, read by reviewers and by the departments, decided by reviewers. */
@ApplicationScoped
public class ReviewService {

    public static final String SERVICE = "review-service";

    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final Caller caller;
    private final PreReviewService preReview;
    private final TransactionSynchronizationRegistry transaction;
    private final EventTracing tracing;

    public ReviewService(EventOutbox outbox, AuditTrail audit,
            Caller caller, PreReviewService preReview, TransactionSynchronizationRegistry transaction,
            EventTracing tracing) {
        this.tracing = tracing;
        this.caller = caller;
        this.preReview = preReview;
        this.transaction = transaction;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** A review's state, for the audit trail of its transitions. */
    record ReviewState(UUID declarationId, int revision, ReviewStatus status, Grade proposedGrade,
            ReviewerDecision decision) {

        static ReviewState of(Review review) {
            return new ReviewState(review.declarationId, review.revision, review.status, review.proposedGrade,
                    review.decision);
        }
    }

    /**
     * Opens the review of a submitted revision, once: a redelivered event (same id) or a second
     * event for the same revision changes nothing. The pre-review itself runs in {@link PreReviewService},
     * started once this commits.
     */
    @Transactional
    public void open(String eventId, DeclarationSubmitted event) {
        if (!ProcessedEvent.firstTime(eventId) || Review.of(event.declarationId(), event.revision()).isPresent()) {
            Log.debugf("Submission %s/%d already received", event.declarationId(), event.revision());
            return;
        }
        Review review = new Review();
        review.id = UUID.randomUUID();
        review.declarationId = event.declarationId();
        review.revision = event.revision();
        review.eventId = eventId;
        review.departmentCode = event.declaration().departmentCode();
        review.departmentName = event.declaration().departmentName();
        review.fiscalYear = event.declaration().fiscalYear();
        review.submittedAt = event.submittedAt();
        review.submission = event.declaration();
        review.status = ReviewStatus.PENDING;
        review.receivedAt = OffsetDateTime.now(ZoneOffset.UTC);
        review.traceParent = tracing.currentContext(); // the pre-review, later and elsewhere, joins the submission's trace
        review.persist();
        audit.recordEvent(SERVICE, eventId, event.actor(), "review.open", "review", review.id, null, ReviewState.of(review));
        preReview.runAfterCommit(transaction);
        Log.infof("Review opened for declaration %s revision %d", review.declarationId, review.revision);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Review get(UUID id) {
        return visible(Review.<Review>findByIdOptional(id), id);
    }

    /** The review of a revision, if the caller may see it (a declarant: its own department's only). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Review ofRevision(UUID declarationId, int revision) {
        return visible(Review.of(declarationId, revision), "declaration " + declarationId + " revision " + revision);
    }

    /** Another department's review answers as a missing one does (404), so that ids cannot be probed. */
    private Review visible(Optional<Review> found, Object id) {
        return found.filter(review -> caller.mayAccess(review.departmentCode))
                .orElseThrow(() -> ApiException.notFound(MESSAGES.text("resource.review"), id));
    }

    /** The fields a list of reviews sorts by; by default the newest submission first. */
    public static final PageRequest.Sortable<String> SORTABLE = PageRequest.Sortable.jpql("-submittedAt",
            Map.entry("submittedAt", "submittedAt"), Map.entry("fiscalYear", "fiscalYear"),
            Map.entry("departmentCode", "departmentCode"), Map.entry("status", "status"),
            Map.entry("proposedGrade", "proposedGrade"));

    /**
     * Reviews filtered by declaration, fiscal year, department, status and proposed grade; newest
     * submission first, then by id. Reviewers list the revisions waiting for them with status PRE_REVIEWED.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Review> list(ReviewFilter filter, PageRequest paging) {
        Filters filters = new Filters().equal("declarationId", filter.declarationId())
                .equal("fiscalYear", filter.fiscalYear()).equal("departmentCode", caller.departmentFilter(filter.departmentCode()))
                .equal("status", filter.status()).equal("proposedGrade", filter.proposedGrade());
        return Page.of(Review.class, filters, SORTABLE, paging,
                (query, parameters) -> Review.find(query, parameters));
    }

    /** How many reviews stand at each status (the reviewer's queue is PRE_REVIEWED), within the caller's view. */
    public Map<ReviewStatus, Long> countByStatus(Integer fiscalYear, String departmentCode) {
        Filters filters = new Filters().equal("fiscalYear", fiscalYear)
                .equal("departmentCode", caller.departmentFilter(departmentCode));
        Map<ReviewStatus, Long> counts = new EnumMap<>(ReviewStatus.class);
        for (ReviewStatus status : ReviewStatus.values()) {
            counts.put(status, 0L);
        }
        String where = filters.conditions();
        var query = Review.getEntityManager().createQuery("select status, count(*) from Review"
                + (where.isEmpty() ? "" : " where " + where) + " group by status", Object[].class);
        filters.parameters().forEach(query::setParameter);
        for (Object[] row : query.getResultList()) {
            counts.put((ReviewStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** What reviewers filter the reviews on; null means any. */
    public record ReviewFilter(UUID declarationId, Integer fiscalYear, String departmentCode, ReviewStatus status,
            Grade proposedGrade) {
    }

    /**
     * Records the reviewer's decision on a pre-reviewed revision and publishes it
     * ({@code declaration-reviewed}, through the outbox, in the same transaction). A revision is decided
     * once; a revision superseded by a later submission is not decided at all.
     */
    @Transactional
    public Review decide(UUID id, ReviewDecisionRequest request) {
        Review review = Review.lockById(id).orElseThrow(() -> ApiException.notFound(
                MESSAGES.text("resource.review"), id));
        if (review.status == ReviewStatus.PENDING) {
            throw ApiException.conflict(ProblemType.REVIEW_NOT_READY, MESSAGES.text("problem.review-not-ready"));
        }
        if (review.status != ReviewStatus.PRE_REVIEWED) {
            throw ApiException.conflict(ProblemType.REVIEW_ALREADY_DECIDED,
                    MESSAGES.text("problem.review-already-decided", review.status));
        }
        if (review.superseded()) {
            throw ApiException.conflict(ProblemType.REVIEW_SUPERSEDED, MESSAGES.text("problem.review-superseded"));
        }
        ReviewDecision decision = ReviewDecisionRules.check(request, review.indicators);
        ReviewState before = ReviewState.of(review);
        review.decidedAt = OffsetDateTime.now(ZoneOffset.UTC);
        review.decision = new ReviewerDecision(Map.copyOf(request.criterionGrades()),
                request.indicatorComments() == null ? List.of()
                        : request.indicatorComments().stream()
                                .map(c -> new ReviewerDecision.IndicatorComment(c.position(), c.comment().strip()))
                                .toList(),
                request.overallComment(), request.reasonCodes() == null ? List.of() : List.copyOf(request.reasonCodes()),
                request.overallGrade(), decision, request.reviewer(), review.decidedAt);
        review.status = ReviewStatus.of(decision);
        audit.recordCall("review.decide", "review", id, before, ReviewState.of(review));
        outbox.add(DeclarationReviewed.of(review, caller.name()));
        Log.infof("Declaration %s revision %d %s (%s)", review.declarationId, review.revision, decision,
                request.overallGrade());
        return review;
    }
}
