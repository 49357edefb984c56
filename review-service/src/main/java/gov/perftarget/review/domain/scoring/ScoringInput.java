package gov.perftarget.review.domain.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a self-evaluation is scored from: the approved revision's budget and the amount executed
 * (万元), and its indicators with each annual measure's target and actual value.
 */
public record ScoringInput(BigDecimal budget, BigDecimal executed, List<Indicator> indicators) {

    /** A 三级 indicator; weight (权重, points) optional. */
    public record Indicator(int position, String name, String level1Category, String level2Category,
            BigDecimal weight, List<Measure> measures) {
    }

    /**
     * An annual measure and its result.
     *
     * @param comparator     ≥ ＞ ＝ ＜ ≤ or ～ (range from target to upperTarget)
     * @param actualValue    完成值 in the measure's unit, for a quantitative measure
     * @param band           the evaluator's band, for a qualitative measure
     * @param evaluatorScore the evaluator's score within the band, for a qualitative measure
     */
    public record Measure(int index, String text, boolean quantitative, String comparator, BigDecimal target,
            BigDecimal upperTarget, String unit, BigDecimal actualValue, AchievementBand band,
            BigDecimal evaluatorScore) {
    }
}
