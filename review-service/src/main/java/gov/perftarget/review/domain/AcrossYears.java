package gov.perftarget.review.domain;

import static gov.perftarget.review.Messages.MESSAGES;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import gov.perftarget.rules.Finding;

/**
 * Across years (docs/domain.md §9): the same department's approved targets and recorded actuals of an earlier
 * year are the best evidence that a new target is set too low (指标值设定偏低). Each annual quantity is matched
 * with last year's annual quantity of the same metric (compared without punctuation and white space) and the
 * same compared unit (亿元 and 万元 meet as 万元); a ≥ target below last year's actual, or a ≤ target above it, is
 * a warning naming last year's figure; a target looser than last year's target (without an actual to go by) is
 * information. Ranges and ＝ targets are not compared.
 */
public final class AcrossYears {

    /** One annual measure of the earlier year's approved revision, with its actual value (完成值) if recorded. */
    public record PriorMeasure(int indicatorPosition, MeasureView measure, BigDecimal actualValue) {
    }

    /** The department's approved revision of an earlier fiscal year, with its annual measures. */
    public record PriorYear(int fiscalYear, List<PriorMeasure> measures) {
    }

    /**
     * One annual quantity beside last year's: the target, last year's target and actual, all in the compared
     * unit; {@code lastYearActual} is null where none was recorded.
     */
    public record YearComparison(int indicatorPosition, int measureIndex, String metric, String comparator,
            BigDecimal target, BigDecimal lastYearTarget, BigDecimal lastYearActual, String unit, int lastYear) {
    }

    public record Result(List<YearComparison> comparisons, List<Finding> findings) {
    }

    private static final Result NONE = new Result(List.of(), List.of());

    private AcrossYears() {
    }

    public static Result compare(List<RevisionIndicator> indicators, PriorYear prior) {
        if (prior == null || prior.measures().isEmpty()) {
            return NONE;
        }
        Map<String, PriorMeasure> lastYear = new HashMap<>();
        for (PriorMeasure measure : prior.measures()) {
            MeasureView view = measure.measure();
            if (view != null && view.quantitative() && view.metric() != null) {
                lastYear.putIfAbsent(key(view), measure);
            }
        }
        List<YearComparison> comparisons = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            RevisionIndicator indicator = indicators.get(i);
            List<MeasureView> annual = indicator.annualMeasuresOrEmpty();
            for (int m = 0; m < annual.size(); m++) {
                MeasureView now = annual.get(m);
                Direction direction = Direction.of(now);
                if (direction == null || now.metric() == null || now.comparable() == null) {
                    continue;
                }
                PriorMeasure before = lastYear.get(key(now));
                if (before == null || before.measure().comparable() == null) {
                    continue;
                }
                BigDecimal target = now.comparable();
                BigDecimal lastTarget = before.measure().comparable();
                BigDecimal lastActual = comparableActual(before);
                comparisons.add(new YearComparison(indicator.position(), m, now.metric(), now.comparator(), target,
                        lastTarget, lastActual, now.comparableUnit(), prior.fiscalYear()));
                String field = "indicators[" + i + "].annualTarget";
                boolean belowActual = lastActual != null && direction.looser(target, lastActual);
                if (belowActual || direction.looser(target, lastTarget)) {
                    Object[] values = { indicator.position(), now.metric(), now.comparator(), target, unit(now),
                        prior.fiscalYear(), belowActual ? lastActual : lastTarget };
                    findings.add(finding(direction, belowActual, "indicators[" + i + "].annualTarget", values));
                }
            }
        }
        return new Result(List.copyOf(comparisons), List.copyOf(findings));
    }

    /** Which way a target is looser: lower for one to reach (≥ ＞), higher for a ceiling (≤ ＜). */
    private enum Direction {
        AT_LEAST, AT_MOST;

        static Direction of(MeasureView measure) {
            if (!measure.quantitative() || measure.comparator() == null || measure.upperValue() != null) {
                return null;
            }
            return switch (measure.comparator()) {
                case "≥", "＞" -> AT_LEAST;
                case "≤", "＜" -> AT_MOST;
                default -> null;
            };
        }

        boolean looser(BigDecimal target, BigDecimal reference) {
            int comparison = target.compareTo(reference);
            return this == AT_LEAST ? comparison < 0 : comparison > 0;
        }
    }

    /** Looser than last year's actual: a warning; than last year's target only: information. */
    private static Finding finding(Direction direction, boolean belowActual, String field, Object[] values) {
        if (direction == Direction.AT_LEAST) {
            return belowActual
                    ? Finding.of(PreReviewFinding.TARGET_BELOW_LAST_YEAR_ACTUAL, field,
                            MESSAGES.text("finding.target-below-last-year-actual", values))
                    : Finding.of(PreReviewFinding.TARGET_BELOW_LAST_YEAR_TARGET, field,
                            MESSAGES.text("finding.target-below-last-year-target", values));
        }
        return belowActual
                ? Finding.of(PreReviewFinding.TARGET_ABOVE_LAST_YEAR_ACTUAL, field,
                        MESSAGES.text("finding.target-above-last-year-actual", values))
                : Finding.of(PreReviewFinding.TARGET_ABOVE_LAST_YEAR_TARGET, field,
                        MESSAGES.text("finding.target-above-last-year-target", values));
    }

    /** Last year's actual in the compared unit: recorded in the unit the target was written in. */
    private static BigDecimal comparableActual(PriorMeasure before) {
        BigDecimal actual = before.actualValue();
        MeasureView measure = before.measure();
        if (actual == null || measure.value() == null || measure.normalizedValue() == null
                || measure.value().signum() == 0) {
            return actual;
        }
        BigDecimal factor = measure.normalizedValue().divide(measure.value(), java.math.MathContext.DECIMAL64);
        return actual.multiply(factor).stripTrailingZeros();
    }

    /** Metric without punctuation and white space, and the unit the values are compared in. */
    private static String key(MeasureView measure) {
        StringBuilder metric = new StringBuilder();
        measure.metric().codePoints().filter(c -> Character.isLetterOrDigit(c)).map(Character::toLowerCase)
                .forEach(metric::appendCodePoint);
        return metric + "|" + String.valueOf(measure.comparableUnit()).toLowerCase(Locale.ROOT);
    }

    private static String unit(MeasureView measure) {
        return measure.comparableUnit() == null ? "" : measure.comparableUnit();
    }
}
