package gov.perftarget.review.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import gov.perftarget.api.ApiException;
import gov.perftarget.api.Filters;
import gov.perftarget.api.Page;
import gov.perftarget.api.ProcessedEvent;
import gov.perftarget.review.domain.Review;
import gov.perftarget.review.domain.ReviewStatus;
import gov.perftarget.review.events.DeclarationSubmitted;

import io.quarkus.logging.Log;

/** Reviews: opened by a submission, read by reviewers and by the departments. */
@ApplicationScoped
public class ReviewService {

    /**
     * Opens the review of a submitted revision, once: a redelivered event (same id) or a second
     * event for the same revision changes nothing. The pre-review itself runs in {@link PreReviewProcessor}.
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
        review.persist();
        Log.infof("Review opened for declaration %s revision %d", review.declarationId, review.revision);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Review get(UUID id) {
        return Review.<Review>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("审核", "review", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Review ofRevision(UUID declarationId, int revision) {
        return Review.of(declarationId, revision).orElseThrow(() -> ApiException.notFound("审核", "review",
                "declaration " + declarationId + " revision " + revision));
    }

    /** Reviews filtered by declaration, fiscal year and status; newest submission first, then by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Review> list(UUID declarationId, Integer fiscalYear, ReviewStatus status, int page, int size) {
        Filters filters = new Filters().equal("declarationId", declarationId).equal("fiscalYear", fiscalYear)
                .equal("status", status);
        return Page.of(Review.find(filters.query("order by submittedAt desc, id"), filters.parameters()), page, size);
    }
}
