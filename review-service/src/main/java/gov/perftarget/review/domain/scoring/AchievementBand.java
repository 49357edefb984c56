package gov.perftarget.review.domain.scoring;

/** How far a qualitative measure was achieved (docs/domain.md §5), as the evaluator recorded it in indicator-service. */
public enum AchievementBand {
    /** 达成. */
    ACHIEVED,
    /** 部分达成. */
    PARTLY_ACHIEVED,
    /** 未达成. */
    NOT_ACHIEVED
}
