package gov.perftarget.review.domain.scoring;

import static gov.perftarget.review.Messages.MESSAGES;

import static gov.perftarget.review.domain.scoring.SelfEvaluationScoring.plain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The score of one measure out of its points (docs/domain.md §5); see {@link SelfEvaluationScoring}. */
final class MeasureFormula {

    private static final int WORKING_SCALE = 10;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** The score, and whether the measure earned its full points before rounding (a deviation reason is needed if not). */
    record Result(BigDecimal score, String rule, Map<String, String> inputs, String arithmetic, boolean full) {

        Result(BigDecimal score, String rule, Map<String, String> inputs, String arithmetic) {
            this(score, rule, inputs, arithmetic, false);
        }
    }

    private MeasureFormula() {
    }

    /** The score, or null with a problem added when the measure lacks what it needs. */
    static Result score(ScoringInput.Measure measure, BigDecimal points, ScoringRules rules, String field,
            List<ScoringRules.Problem> problems) {
        return measure.quantitative() ? quantitative(measure, points, rules, field, problems)
                : qualitative(measure, points, rules, field, problems);
    }

    private static Result qualitative(ScoringInput.Measure measure, BigDecimal points, ScoringRules rules,
            String field, List<ScoringRules.Problem> problems) {
        if (measure.band() == null) {
            problems.add(new ScoringRules.Problem(field + ".band", MESSAGES.text("scoring.band-not-recorded")));
            return null;
        }
        ScoringRules.BandRange range = rules.qualitativeBands().get(measure.band());
        BigDecimal low = points.multiply(range.from()).setScale(rules.scale(), RoundingMode.HALF_UP);
        BigDecimal high = points.multiply(range.to()).setScale(rules.scale(), RoundingMode.HALF_UP);
        if (measure.evaluatorScore() == null) {
            problems.add(new ScoringRules.Problem(field + ".score",
                    MESSAGES.text("scoring.evaluator-score-missing", plain(low), plain(high))));
            return null;
        }
        BigDecimal score = measure.evaluatorScore();
        if (score.compareTo(low) < 0 || score.compareTo(high) > 0 || score.scale() > rules.scale()) {
            problems.add(new ScoringRules.Problem(field + ".score",
                    MESSAGES.text("scoring.score-outside-band",
                            plain(score), measure.band(), plain(low), plain(high), rules.scale())));
            return null;
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("band", measure.band().name());
        inputs.put("evaluatorScore", plain(score));
        BigDecimal rounded = score.setScale(rules.scale(), RoundingMode.HALF_UP);
        return new Result(rounded,
                "qualitative: the evaluator's score within the band, " + plain(range.from().movePointRight(2)) + "–"
                        + plain(range.to().movePointRight(2)) + " % of the points",
                inputs, plain(low) + " ≤ " + plain(score) + " ≤ " + plain(high), rounded.compareTo(points) >= 0);
    }

    private static Result quantitative(ScoringInput.Measure measure, BigDecimal points, ScoringRules rules,
            String field, List<ScoringRules.Problem> problems) {
        if (measure.actualValue() == null) {
            problems.add(new ScoringRules.Problem(field + ".actualValue",
                    MESSAGES.text("scoring.actual-value-missing")));
            return null;
        }
        if (measure.target() == null) {
            problems.add(new ScoringRules.Problem(field + ".target", MESSAGES.text("scoring.target-missing")));
            return null;
        }
        BigDecimal actual = measure.actualValue().max(BigDecimal.ZERO);
        BigDecimal target = measure.target();
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("comparator", String.valueOf(measure.comparator()));
        inputs.put("target", plain(target));
        if (measure.upperTarget() != null) {
            inputs.put("upperTarget", plain(measure.upperTarget()));
        }
        inputs.put("actual", plain(measure.actualValue()));
        String negative = measure.actualValue().signum() < 0 ? "; a negative actual counts as 0" : "";
        String comparator = measure.comparator() == null ? "≥" : measure.comparator();
        Result raw = switch (comparator) {
            case "≤", "＜" -> atMost(actual, target, points, inputs);
            case "＝" -> target.signum() == 0 ? equalZero(actual, points, inputs) : atLeast(actual, target, points, inputs);
            case "～" -> between(actual, target, measure.upperTarget() == null ? target : measure.upperTarget(), points,
                    inputs);
            default -> atLeast(actual, target, points, inputs);
        };
        BigDecimal exact = raw.score().max(BigDecimal.ZERO).min(points);
        BigDecimal score = exact.setScale(rules.scale(), RoundingMode.HALF_UP);
        return new Result(score, raw.rule() + negative, inputs, raw.arithmetic() + " → " + plain(score),
                exact.compareTo(points) >= 0);
    }

    private static Result atLeast(BigDecimal actual, BigDecimal target, BigDecimal points, Map<String, String> inputs) {
        String rule = "≥/＞: full points if actual ≥ target, else points × actual / target";
        if (target.signum() <= 0 || actual.compareTo(target) >= 0) {
            return new Result(points, rule, inputs, plain(actual) + " ≥ " + plain(target) + ": " + plain(points));
        }
        BigDecimal score = points.multiply(actual).divide(target, WORKING_SCALE, RoundingMode.HALF_UP);
        return new Result(score, rule, inputs, plain(points) + " × " + plain(actual) + " / " + plain(target));
    }

    private static Result atMost(BigDecimal actual, BigDecimal target, BigDecimal points, Map<String, String> inputs) {
        String rule = "≤/＜: full points if actual ≤ target, points × (1 − (actual − target) / target) while"
                + " actual < 2 × target, else 0";
        if (actual.compareTo(target) <= 0) {
            return new Result(points, rule, inputs, plain(actual) + " ≤ " + plain(target) + ": " + plain(points));
        }
        if (target.signum() <= 0 || actual.compareTo(target.multiply(TWO)) >= 0) {
            return new Result(BigDecimal.ZERO, rule, inputs,
                    plain(actual) + " ≥ 2 × " + plain(target) + ": 0");
        }
        BigDecimal over = actual.subtract(target).divide(target, WORKING_SCALE, RoundingMode.HALF_UP);
        BigDecimal score = points.multiply(BigDecimal.ONE.subtract(over));
        return new Result(score, rule, inputs, plain(points) + " × (1 − (" + plain(actual) + " − " + plain(target)
                + ") / " + plain(target) + ")");
    }

    private static Result equalZero(BigDecimal actual, BigDecimal points, Map<String, String> inputs) {
        String rule = "＝ 0: full points if actual ≤ 0, else 0";
        return actual.signum() <= 0 ? new Result(points, rule, inputs, plain(actual) + " ≤ 0: " + plain(points))
                : new Result(BigDecimal.ZERO, rule, inputs, plain(actual) + " > 0: 0");
    }

    private static Result between(BigDecimal actual, BigDecimal lower, BigDecimal upper, BigDecimal points,
            Map<String, String> inputs) {
        if (actual.compareTo(lower) < 0) {
            Result below = atLeast(actual, lower, points, inputs);
            return new Result(below.score(), "～ range, below it: " + below.rule(), inputs, below.arithmetic());
        }
        if (actual.compareTo(upper) > 0) {
            Result above = atMost(actual, upper, points, inputs);
            return new Result(above.score(), "～ range, above it: " + above.rule(), inputs, above.arithmetic());
        }
        return new Result(points, "～ range: full points inside it", inputs,
                plain(lower) + " ≤ " + plain(actual) + " ≤ " + plain(upper) + ": " + plain(points));
    }

    /**
     * Whether a quantitative measure's actual value passed the over-achievement threshold: actual /
     * target ≥ threshold for ≥ ＞ ＝ (and a range's upper bound), target / actual ≥ threshold for ≤ ＜.
     */
    static boolean overAchieved(ScoringInput.Measure measure, BigDecimal threshold) {
        if (measure == null || !measure.quantitative() || measure.actualValue() == null || measure.target() == null) {
            return false;
        }
        BigDecimal actual = measure.actualValue().max(BigDecimal.ZERO);
        String comparator = measure.comparator() == null ? "≥" : measure.comparator();
        return switch (comparator) {
            case "≤", "＜" -> measure.target().signum() > 0 && actual.multiply(threshold).compareTo(measure.target()) <= 0;
            case "～" -> {
                BigDecimal upper = measure.upperTarget() == null ? measure.target() : measure.upperTarget();
                yield upper.signum() > 0 && actual.compareTo(upper.multiply(threshold)) >= 0;
            }
            default -> measure.target().signum() > 0 && actual.compareTo(measure.target().multiply(threshold)) >= 0;
        };
    }
}
