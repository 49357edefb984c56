package gov.perftarget.review.domain;

/** The reason codes real systems use when returning or rejecting a target (docs/domain.md §4). */
public enum ReturnReason {
    /** 指标不够完整. */
    INDICATORS_INCOMPLETE("指标不够完整"),
    /** 不够细化量化. */
    NOT_SPECIFIC_OR_QUANTIFIED("不够细化量化"),
    /** 相关性不够. */
    INSUFFICIENT_RELEVANCE("相关性不够"),
    /** 指标与指标值不匹配. */
    VALUE_MISMATCHES_INDICATOR("指标与指标值不匹配"),
    /** 建议拆分. */
    SPLIT_SUGGESTED("建议拆分"),
    /** 一级或二级类型错误. */
    WRONG_CATEGORY("一级或二级类型错误"),
    /** 建议增加产出/效益/满意度指标. */
    ADD_OUTPUT_OUTCOME_OR_SATISFACTION_INDICATORS("建议增加产出/效益/满意度指标"),
    /** 其他: the overall comment says what. */
    OTHER("其他");

    private final String chinese;

    ReturnReason(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
