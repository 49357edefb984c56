package gov.perftarget.budget.domain;

/**
 * Where a declaration stands in its lifecycle (docs/domain.md §3):
 * DRAFT → SUBMITTED → UNDER_REVIEW → APPROVED, RETURNED (→ edited → next revision) or REJECTED.
 */
public enum DeclarationStatus {
    /** 草稿: being edited by its department. */
    DRAFT,
    /** 已提交: a revision is frozen and waits for the automatic pre-review. */
    SUBMITTED,
    /** 审核中: with the finance bureau's reviewer. */
    UNDER_REVIEW,
    /** 已批复: targets approved with the budget, frozen. */
    APPROVED,
    /** 退回修改: returned for revision; the next submission is a new revision. */
    RETURNED,
    /** 不予通过 (grade 差): rejected, may not enter the budget. */
    REJECTED;

    /** Only a draft or a returned declaration may be edited or submitted. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
