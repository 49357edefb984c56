package gov.perftarget.review.domain;

import java.math.BigDecimal;

/**
 * 优 / 良 / 中 / 差 (docs/domain.md §4, §5): the grade of a review criterion, of a review, and of a
 * self-evaluation score.
 */
public enum Grade {
    /** 优: approved as declared. */
    EXCELLENT("优"),
    /** 良: approved; the reviewer's adjustments agreed with the department. */
    GOOD("良"),
    /** 中: returned for revision. */
    FAIR("中"),
    /** 差: rejected. */
    POOR("差");

    private final String chinese;

    Grade(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** The decision a review grade leads to (docs/domain.md §4). */
    public ReviewDecision decision() {
        return switch (this) {
            case EXCELLENT, GOOD -> ReviewDecision.APPROVED;
            case FAIR -> ReviewDecision.RETURNED;
            case POOR -> ReviewDecision.REJECTED;
        };
    }

    /** The grade of a score out of 100 with the given lower bounds of 优, 良 and 中 (§5: 90, 80, 60). */
    public static Grade of(BigDecimal score, BigDecimal excellentFrom, BigDecimal goodFrom, BigDecimal fairFrom) {
        if (score.compareTo(excellentFrom) >= 0) {
            return EXCELLENT;
        }
        if (score.compareTo(goodFrom) >= 0) {
            return GOOD;
        }
        return score.compareTo(fairFrom) >= 0 ? FAIR : POOR;
    }
}
