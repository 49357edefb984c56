package gov.perftarget.review.domain;

/** 审核结论: the reviewer's decision on a revision, as the {@code declaration-reviewed} event carries it. */
public enum ReviewDecision {
    /** 优/良: approved. */
    APPROVED,
    /** 中: returned for revision (退回修改). */
    RETURNED,
    /** 差: rejected; may not enter the budget. */
    REJECTED
}
