package gov.perftarget.review.domain;

/** Where a review of one revision stands. */
public enum ReviewStatus {
    /** The submission arrived; the pre-review waits for the revision's frozen indicators. */
    PENDING,
    /** The automatic pre-review is done; its result waits for the reviewer. */
    PRE_REVIEWED
}
