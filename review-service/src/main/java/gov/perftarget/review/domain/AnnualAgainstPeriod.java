package gov.perftarget.review.domain;

import static gov.perftarget.review.Messages.MESSAGES;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import gov.perftarget.rules.Finding;

/**
 * Annual targets against period targets (docs/domain.md §4), per indicator: each annual measure is
 * matched with the period measure of the same metric (or, failing that, the one in the same place);
 * sign and unit must agree; a cumulative ≥ quantity above its period value is a warning, and so is
 * an annual text that adds items its period text lacks; where both are numbers the annual/period
 * ratio is reported. Nothing here assumes that annual values add up to the period value.
 */
public final class AnnualAgainstPeriod {

    /**
     * One annual measure beside its period measure: each as written (value and unit), and both as compared,
     * normalised into one unit where their units are of one kind (亿元 and 万元 as 万元); the ratio is of those.
     */
    public record MeasureComparison(int indicatorPosition, String metric, String comparator, BigDecimal annualValue,
            BigDecimal periodValue, String unit, BigDecimal ratio, String annualUnit, String periodUnit,
            BigDecimal comparedAnnualValue, BigDecimal comparedPeriodValue, String comparedUnit) {
    }

    /** What the comparison found for one revision. */
    public record Result(List<MeasureComparison> comparisons, List<Finding> findings, int annualMeasures,
            int quantitativeAnnualMeasures) {
    }

    private AnnualAgainstPeriod() {
    }

    public static Result compare(List<RevisionIndicator> indicators) {
        List<MeasureComparison> comparisons = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        int annualCount = 0;
        int quantitative = 0;
        for (int i = 0; i < indicators.size(); i++) {
            RevisionIndicator indicator = indicators.get(i);
            List<MeasureView> annual = indicator.annualMeasuresOrEmpty();
            List<MeasureView> period = indicator.periodMeasuresOrEmpty();
            annualCount += annual.size();
            String field = "indicators[" + i + "].annualTarget";
            for (int m = 0; m < annual.size(); m++) {
                MeasureView a = annual.get(m);
                if (a.quantitative()) {
                    quantitative++;
                    measurability(indicator, a, field, findings);
                }
                MeasureView p = match(a, m, period);
                if (p == null) {
                    continue;
                }
                if (a.quantitative() && p.quantitative()) {
                    comparisons.add(quantities(indicator, a, p, field, findings));
                } else if (!a.quantitative() && !p.quantitative()) {
                    addedItems(indicator, a, p, field, findings);
                }
            }
            if (annual.size() != period.size()) {
                findings.add(Finding.of(PreReviewFinding.ANNUAL_PERIOD_MEASURE_COUNT_DIFFERS, field,
                        MESSAGES.text("finding.annual-period-measure-count-differs",
                                indicator.position(), annual.size(), period.size())));
            }
        }
        return new Result(comparisons, findings, annualCount, quantitative);
    }

    private static MeasureView match(MeasureView annual, int index, List<MeasureView> period) {
        if (annual.quantitative() && annual.metric() != null) {
            for (MeasureView candidate : period) {
                if (candidate.quantitative() && annual.metric().equals(candidate.metric())) {
                    return candidate;
                }
            }
        }
        return index < period.size() && period.get(index).quantitative() == annual.quantitative() ? period.get(index)
                : null;
    }

    private static void measurability(RevisionIndicator indicator, MeasureView a, String field, List<Finding> findings) {
        if (a.signMissing()) {
            findings.add(Finding.of(PreReviewFinding.QUANTITY_WITHOUT_SIGN, field,
                    MESSAGES.text("finding.quantity-without-sign", indicator.position(), a.text())));
        }
        if (a.unit() == null) {
            findings.add(Finding.of(PreReviewFinding.QUANTITY_WITHOUT_UNIT, field,
                    MESSAGES.text("finding.quantity-without-unit", indicator.position(), a.text())));
        }
        if (a.warnings() != null && a.warnings().contains("APPROXIMATE")) {
            findings.add(Finding.of(PreReviewFinding.QUANTITY_APPROXIMATE, field,
                    MESSAGES.text("finding.quantity-approximate", indicator.position(), a.text())));
        }
    }

    private static MeasureComparison quantities(RevisionIndicator indicator, MeasureView a, MeasureView p, String field,
            List<Finding> findings) {
        if (!Objects.equals(a.comparator(), p.comparator())) {
            findings.add(Finding.of(PreReviewFinding.ANNUAL_PERIOD_SIGN_MISMATCH, field,
                    MESSAGES.text("finding.annual-period-sign-mismatch", indicator.position(), a.metric(),
                            a.comparator(), p.comparator())));
        }
        boolean sameUnit = Objects.equals(a.comparableUnit(), p.comparableUnit());
        if (!sameUnit) {
            findings.add(Finding.of(PreReviewFinding.ANNUAL_PERIOD_UNIT_MISMATCH, field,
                    MESSAGES.text("finding.annual-period-unit-mismatch", indicator.position(), a.metric(),
                            a.unit(), p.unit())));
        }
        BigDecimal ratio = null;
        if (sameUnit && a.comparable() != null && p.comparable() != null && p.comparable().signum() != 0) {
            ratio = a.comparable().divide(p.comparable(), 4, RoundingMode.HALF_UP).stripTrailingZeros();
            if (ratio.scale() < 0) {
                ratio = ratio.setScale(0);
            }
            // only an amount that adds up over the period can be too large for a year; a rate or score cannot
            if ("≥".equals(a.comparator()) && MeasureKind.of(a.metric(), a.unit()) == MeasureKind.CUMULATIVE
                    && a.comparable().compareTo(p.comparable()) > 0) {
                findings.add(Finding.of(PreReviewFinding.ANNUAL_ABOVE_PERIOD, field,
                        MESSAGES.text("finding.annual-above-period", indicator.position(), a.metric(),
                            a.value(), p.value())));
            }
        }
        return new MeasureComparison(indicator.position(), a.metric(), a.comparator(), a.value(), p.value(), a.unit(),
                ratio, a.unit(), p.unit(), a.comparable(), p.comparable(), sameUnit ? a.comparableUnit() : null);
    }

    /**
     * Items (clauses and enumerated phrases) of the annual text that appear nowhere in the period text:
     * an item the period text holds inside a longer phrase ({@code 海洋科学} in {@code 海洋科学等前沿科学领域})
     * is not new.
     */
    private static void addedItems(RevisionIndicator indicator, MeasureView a, MeasureView p, String field,
            List<Finding> findings) {
        String periodText = p.text() == null ? "" : p.text().replaceAll("\\s+", "");
        List<String> added = items(a.text()).stream().filter(item -> !periodText.contains(item)).toList();
        if (!added.isEmpty()) {
            findings.add(Finding.of(PreReviewFinding.ANNUAL_TEXT_ADDS_ITEMS, field,
                    MESSAGES.text("finding.annual-text-adds-items",
                            indicator.position(), String.join("、", added), String.join(", ", added))));
        }
    }

    static Set<String> items(String text) {
        Set<String> items = new LinkedHashSet<>();
        if (text == null) {
            return items;
        }
        Arrays.stream(text.split("[、，,；;。：:\\s]+")).map(String::strip).filter(item -> !item.isEmpty())
                .forEach(items::add);
        return items;
    }
}
