package gov.perftarget.budget.domain;

/** The review's decision on a revision, as the {@code declaration-reviewed} event carries it. */
public enum ReviewDecision {
    /** 优/良: approved. */
    APPROVED(DeclarationStatus.APPROVED),
    /** 中: returned for revision. */
    RETURNED(DeclarationStatus.RETURNED),
    /** 差: rejected. */
    REJECTED(DeclarationStatus.REJECTED);

    private final DeclarationStatus status;

    ReviewDecision(DeclarationStatus status) {
        this.status = status;
    }

    /** The status the declaration takes. */
    public DeclarationStatus status() {
        return status;
    }
}
