package gov.perftarget.indicator.domain;

/** How far a qualitative measure was achieved (docs/domain.md §5); the evaluator picks one. */
public enum AchievementBand {
    /** 达成: 80–100 % of the points. */
    ACHIEVED,
    /** 部分达成: 60–80 %. */
    PARTLY_ACHIEVED,
    /** 未达成: 0–60 %. */
    NOT_ACHIEVED
}
