package gov.perftarget.review.domain;


/** The four criteria of the target review (docs/domain.md §4), each graded by the reviewer. */
public enum Criterion {
    /** 完整性: all parts filled, the target clear. */
    COMPLETENESS("完整性"),
    /** 相关性: indicators follow from the department's tasks; the key tasks are covered. */
    RELEVANCE("相关性"),
    /** 适当性: targets match the money, neither too low for the funds nor inflated. */
    APPROPRIATENESS("适当性"),
    /** 可行性: measurable, achievable, evidenced. */
    FEASIBILITY("可行性");

    private final String chinese;

    Criterion(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public static Criterion ofFinding(String code) {
        return PreReviewFinding.criterionOf(code);
    }
}
