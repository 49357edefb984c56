package gov.perftarget.review.domain;

/** Where a review of one revision stands. */
public enum ReviewStatus {
    /** The submission arrived; the pre-review waits for the revision's frozen indicators. */
    PENDING,
    /** The automatic pre-review is done; the revision waits for its reviewer. */
    PRE_REVIEWED,
    /** The reviewer approved the revision (优/良). */
    APPROVED,
    /** The reviewer returned it for revision (中); the department submits a new revision. */
    RETURNED,
    /** The reviewer rejected it (差). */
    REJECTED;

    public static ReviewStatus of(ReviewDecision decision) {
        return valueOf(decision.name());
    }
}
