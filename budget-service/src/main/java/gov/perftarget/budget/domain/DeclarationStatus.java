package gov.perftarget.budget.domain;

/** Where a declaration stands in its lifecycle (domain.md §3). */
public enum DeclarationStatus {
    /** 草稿: being edited by its department. */
    DRAFT,
    /** 已提交: a revision is frozen and waits for the automatic pre-review. */
    SUBMITTED,
    /** 审核中: with the finance bureau's reviewer. */
    UNDER_REVIEW,
    /** 已批复: targets approved with the budget, frozen. */
    APPROVED,
    /** 退回修改: returned for revision. */
    RETURNED;

    /** Only a draft or a returned declaration may be edited or submitted. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
