package gov.perftarget.review.domain;

import java.util.List;

/**
 * 累计型 / 水平型 (docs/domain.md §4): a measure is a level when it states a rate, ratio, average, index, score
 * or rank — by its unit (%, ‰, 分, 百分点, or a rate such as {@code 元/平方米} or {@code 次/万人}) or its metric
 * (率, 度, 比例, 均, 指数, 排名) — and cumulative otherwise (counts and amounts that add up over the year). Rules about amounts
 * (an annual value above the period value; progress against the time elapsed) apply to cumulative ones only.
 */
public enum MeasureKind {
    CUMULATIVE, LEVEL;

    private static final List<String> LEVEL_UNITS = List.of("%", "％", "‰", "分", "百分点", "个百分点");
    private static final List<String> LEVEL_WORDS = List.of("率", "度", "比例", "均", "指数", "排名");

    /** The kind of a measure with this metric and unit (either may be null). */
    public static MeasureKind of(String metric, String unit) {
        if (unit != null && (LEVEL_UNITS.contains(unit.strip()) || isRate(unit))) {
            return LEVEL;
        }
        if (metric != null && LEVEL_WORDS.stream().anyMatch(metric::contains)) {
            return LEVEL;
        }
        return CUMULATIVE;
    }

    /** A unit per something: {@code 元/平方米}, {@code 次/万人}, {@code 每千人…}. */
    private static boolean isRate(String unit) {
        return unit.indexOf('/') >= 0 || unit.indexOf('／') >= 0 || unit.startsWith("每");
    }
}
