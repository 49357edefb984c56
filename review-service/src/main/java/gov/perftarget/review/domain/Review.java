package gov.perftarget.review.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.annotations.LazyGroup;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** 审核: the review of one submitted revision of a declaration, with its automatic pre-review. */
// an update writes only the columns that changed: the submission's JSON (most of the row) is
// otherwise written again, and stored again out of line, at every change of status
@DynamicUpdate
@Entity
@Table(name = "review")
public class Review extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "declaration_id")
    public UUID declarationId;

    public int revision;

    /** Id of the {@code declaration-submitted} event that started this review. */
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "department_code")
    public String departmentCode;

    @Column(name = "department_name")
    public String departmentName;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    /**
     * The revision's content as submitted. Read only when used (with {@link #indicators} and
     * {@link #result}): a page of reviews leaves them out, which are most of a review's bytes.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class) // replaced, never changed in place: no JSON deep copy and deep compare at each flush
    @Basic(fetch = FetchType.LAZY)
    @LazyGroup("content")
    public SubmittedRevision submission;

    @Enumerated(EnumType.STRING)
    public ReviewStatus status;

    /** Lazy like {@link #submission}: a list of reviews shows only their summaries. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Basic(fetch = FetchType.LAZY)
    @LazyGroup("content")
    public PreReviewResult result;

    /** The revision's indicators as the pre-review read them (frozen by indicator-service). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Basic(fetch = FetchType.LAZY)
    @LazyGroup("content")
    public List<RevisionIndicator> indicators;

    /** The overall grade the pre-review proposes, kept apart so that reviewers can filter on it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_grade")
    public Grade proposedGrade;

    /** 审核意见: the reviewer's grades, comments, reasons and decision; null until decided. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public ReviewerDecision decision;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    /** How often the pre-review was tried and could not finish yet. */
    public int attempts;

    /** Why the last try could not finish. */
    @Column(name = "last_error")
    public String lastError;

    @Column(name = "received_at")
    public OffsetDateTime receivedAt;

    /** The trace context (W3C {@code traceparent}) of the submission event that opened the review; its pre-review joins that trace. */
    @Column(name = "trace_parent")
    public String traceParent;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    /** While the pre-review has not finished: why (the last try's failure); null otherwise. */
    public String waitingFor() {
        return status == ReviewStatus.PENDING ? lastError : null;
    }

    public static Optional<Review> of(UUID declarationId, int revision) {
        return find("declarationId = ?1 and revision = ?2", declarationId, revision).firstResultOptional();
    }

    /** The latest review before the given revision that the reviewer returned, if any. */
    public static Optional<Review> lastReturnedBefore(UUID declarationId, int revision) {
        return find("declarationId = ?1 and revision < ?2 and status = ?3 order by revision desc", declarationId,
                revision, ReviewStatus.RETURNED).firstResultOptional();
    }

    /** Whether a later revision of the declaration has been submitted since this one. */
    public boolean superseded() {
        return count("declarationId = ?1 and revision > ?2", declarationId, revision) > 0;
    }

    public static Optional<Review> lockById(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The pending reviews tried least often, oldest first among them, locked so that two replicas never
     * work on the same one. A review whose indicators never come (say, its event a dead letter in
     * indicator-service) goes behind the others after each try: oldest first alone, it was in every
     * batch, which then never came back wholly pre-reviewed, so no second run joined in on a backlog;
     * and while indicator-service is away every pending review gets its turn (and its waitingFor), not
     * only the oldest batch.
     */
    public static List<Review> lockPending(int limit) {
        return find("status = ?1 order by attempts, receivedAt, id", ReviewStatus.PENDING)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED
                .page(0, limit)
                .list();
    }
}
