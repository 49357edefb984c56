package gov.perftarget.review.domain.scoring;

import java.math.BigDecimal;
import java.util.List;

import gov.perftarget.review.domain.Grade;

/**
 * 绩效自评得分: the score per measure, per 二级 and 一级 category, of the budget execution rate, the
 * total and the grade, each with its trace; and the measures that need a deviation reason.
 */
public record SelfEvaluationScore(
        int fiscalYear,
        int ruleSetVersion,
        Scored budgetExecution,
        List<MeasureScore> measures,
        List<CategoryScore> level2Categories,
        List<CategoryScore> level1Categories,
        Scored total,
        Grade grade,
        Trace gradeTrace,
        List<Deviation> deviations) {

    /** A score out of its points. */
    public record Scored(BigDecimal points, BigDecimal score, Trace trace) {
    }

    /**
     * The score of one annual measure; fullPoints tells whether it earned its points before rounding
     * (99.99 of a target of 100 rounds to full points on 10 but still needs a deviation reason).
     */
    public record MeasureScore(int indicatorPosition, String indicatorName, int measureIndex, String level1Category,
            String level2Category, String text, BigDecimal points, BigDecimal score, boolean fullPoints, Trace trace) {
    }

    /** The score of a 一级 or 二级 category: the sum of its measures' scores. */
    public record CategoryScore(String category, BigDecimal points, BigDecimal score, Trace trace) {
    }

    /** Why a measure needs a 偏差原因及改进措施. */
    public enum DeviationCause {
        /** scored below its full points. */
        BELOW_FULL_POINTS,
        /** the actual value passed the over-achievement threshold. */
        OVER_ACHIEVED
    }

    /** A measure that needs a deviation reason and an improvement measure, and whether they were given. */
    public record Deviation(int indicatorPosition, int measureIndex, DeviationCause cause, String deviationReason,
            String improvementMeasure, boolean explained) {
    }
}
