package gov.perftarget.review.domain.scoring;

import static gov.perftarget.review.Messages.MESSAGES;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import gov.perftarget.review.domain.Grade;
import gov.perftarget.review.domain.scoring.SelfEvaluationScore.CategoryScore;
import gov.perftarget.review.domain.scoring.SelfEvaluationScore.Deviation;
import gov.perftarget.review.domain.scoring.SelfEvaluationScore.DeviationCause;
import gov.perftarget.review.domain.scoring.SelfEvaluationScore.MeasureScore;
import gov.perftarget.review.domain.scoring.SelfEvaluationScore.Scored;

/**
 * The self-evaluation score (绩效自评, docs/domain.md §5), plain Java and deterministic: the same inputs and
 * rule set always give the same numbers.
 * <ul>
 * <li>Points: budget execution and each 一级 category as the rule set says; within a 一级 category the
 * points go to its indicators by their weights when every indicator has one (the weights must add up
 * to the category's points), else evenly over its measures; an indicator's points go evenly over its
 * measures. Splits are made in whole cents (largest remainder, earlier measures first), so that the
 * parts add up to the whole exactly.</li>
 * <li>Per measure: ≥ ＞ full if actual ≥ target, else points × actual / target; ≤ ＜ full if actual ≤
 * target, points × (1 − (actual − target) / target) while actual &lt; 2 × target, else 0; ＝ with target
 * 0 full if actual ≤ 0, else 0, otherwise as ≥. A range ～ (not in §5) scores full inside it, as ≥ its
 * lower bound below and as ≤ its upper bound above. A negative actual counts as 0; no score is above its
 * points; scores round half up to the rule set's scale. A qualitative measure scores what the evaluator
 * gave, which must lie in the band's share of its points.</li>
 * </ul>
 */
public final class SelfEvaluationScoring {

    private static final int WORKING_SCALE = 10;

    private final ScoringRules rules;
    private final String ruleSet;
    private final int fiscalYear;
    private final int ruleSetVersion;

    public SelfEvaluationScoring(ScoringRules rules, int fiscalYear, int ruleSetVersion) {
        this.rules = rules;
        this.fiscalYear = fiscalYear;
        this.ruleSetVersion = ruleSetVersion;
        this.ruleSet = fiscalYear + " v" + ruleSetVersion;
    }

    /** Thrown when the inputs cannot be scored (an actual value missing, a score outside its band …). */
    public static final class InputProblems extends RuntimeException {
        private final List<ScoringRules.Problem> problems;

        InputProblems(List<ScoringRules.Problem> problems) {
            super(problems.stream().map(ScoringRules.Problem::messageEn).collect(Collectors.joining("; ")));
            this.problems = List.copyOf(problems);
        }

        public List<ScoringRules.Problem> problems() {
            return problems;
        }
    }

    /** The explanation of a deviation, keyed by {@code position/index}. */
    public record Explanation(String deviationReason, String improvementMeasure) {
    }

    public SelfEvaluationScore score(ScoringInput input, Map<String, Explanation> explanations) {
        List<ScoringRules.Problem> problems = new ArrayList<>(rules.problems());
        if (!problems.isEmpty()) {
            throw new InputProblems(problems);
        }
        Level1Allocation allocation = level1Points(input, problems);
        List<MeasureScore> measures = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> level1 : allocation.points().entrySet()) {
            List<ScoringInput.Indicator> indicators = input.indicators().stream()
                    .filter(indicator -> level1.getKey().equals(indicator.level1Category())).toList();
            measures.addAll(scoreCategory(level1.getKey(), level1.getValue(), allocation.note(), indicators, problems));
        }
        input.indicators().stream().filter(indicator -> !rules.level1Points().containsKey(indicator.level1Category()))
                .forEach(indicator -> problems.add(new ScoringRules.Problem(
                        "indicators[" + indicator.position() + "].level1Category",
                        MESSAGES.text("scoring.no-points-for-category", indicator.level1Category()))));
        Scored budgetExecution = budgetExecution(input, problems);
        if (!problems.isEmpty()) {
            throw new InputProblems(problems);
        }

        List<CategoryScore> level2 = categories(measures, MeasureScore::level2Category);
        List<CategoryScore> level1 = categories(measures, MeasureScore::level1Category);
        BigDecimal totalScore = level1.stream().map(CategoryScore::score).reduce(budgetExecution.score(), BigDecimal::add);
        BigDecimal totalPoints = level1.stream().map(CategoryScore::points)
                .reduce(budgetExecution.points(), BigDecimal::add);
        Scored total = new Scored(totalPoints, totalScore, new Trace("total = budget execution + Σ 一级 categories",
                Map.of("budgetExecution", plain(budgetExecution.score()), "level1Categories",
                        level1.stream().map(c -> c.category() + "=" + plain(c.score())).collect(Collectors.joining(", "))),
                plain(budgetExecution.score()) + level1.stream().map(c -> " + " + plain(c.score()))
                        .collect(Collectors.joining()) + " = " + plain(totalScore),
                ruleSet));
        Grade grade = Grade.of(totalScore, rules.excellentFrom(), rules.goodFrom(), rules.fairFrom());
        Trace gradeTrace = new Trace("优 ≥ " + plain(rules.excellentFrom()) + ", 良 ≥ " + plain(rules.goodFrom())
                + ", 中 ≥ " + plain(rules.fairFrom()) + ", else 差", Map.of("total", plain(totalScore)),
                plain(totalScore) + " → " + grade.chinese() + " " + grade, ruleSet);
        return new SelfEvaluationScore(fiscalYear, ruleSetVersion, budgetExecution, List.copyOf(measures), level2,
                level1, total, grade, gradeTrace, deviations(input, measures, explanations));
    }

    /** The points of each 一级 category that has measures, and how empty categories' points were treated. */
    private record Level1Allocation(Map<String, BigDecimal> points, String note) {
    }

    /** Each 一级 category's points, those of an empty category spread over the others when the rules say so. */
    private Level1Allocation level1Points(ScoringInput input, List<ScoringRules.Problem> problems) {
        Map<String, BigDecimal> points = new LinkedHashMap<>(rules.level1Points());
        List<String> empty = points.keySet().stream().filter(code -> input.indicators().stream()
                .noneMatch(i -> code.equals(i.level1Category()) && !i.measures().isEmpty())).toList();
        if (empty.size() == points.size()) {
            problems.add(new ScoringRules.Problem("indicators", MESSAGES.text("scoring.nothing-to-score")));
            return new Level1Allocation(Map.of(), "");
        }
        BigDecimal freed = empty.stream().map(points::get).reduce(BigDecimal.ZERO, BigDecimal::add);
        empty.forEach(points::remove);
        if (rules.emptyCategory() == ScoringRules.EmptyCategory.REDISTRIBUTE && freed.signum() > 0) {
            List<String> codes = List.copyOf(points.keySet());
            BigDecimal base = points.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            List<BigDecimal> shares = split(freed, codes.stream().map(points::get).toList(), base);
            for (int i = 0; i < codes.size(); i++) {
                points.merge(codes.get(i), shares.get(i), BigDecimal::add);
            }
        }
        String note = empty.isEmpty() ? "" : (rules.emptyCategory() == ScoringRules.EmptyCategory.REDISTRIBUTE
                ? "; the " + plain(freed) + " points of " + empty + " (no measures) spread over the others in proportion"
                : "; the " + plain(freed) + " points of " + empty + " (no measures) are lost");
        return new Level1Allocation(points, note);
    }

    private List<MeasureScore> scoreCategory(String level1, BigDecimal points, String level1Note,
            List<ScoringInput.Indicator> indicators, List<ScoringRules.Problem> problems) {
        List<ScoringInput.Measure> measures = new ArrayList<>();
        List<ScoringInput.Indicator> owners = new ArrayList<>();
        List<BigDecimal> measurePoints;
        String allocation;
        long weighted = indicators.stream().filter(i -> i.weight() != null).count();
        if (weighted > 0) {
            BigDecimal weights = indicators.stream().map(i -> i.weight() == null ? BigDecimal.ZERO : i.weight())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (weighted < indicators.size() || weights.compareTo(points) != 0) {
                problems.add(new ScoringRules.Problem("indicators.weight",
                        MESSAGES.text("scoring.weights-sum", level1, plain(points), plain(weights))));
                return List.of();
            }
            measurePoints = new ArrayList<>();
            for (ScoringInput.Indicator indicator : indicators) {
                int n = indicator.measures().size();
                measurePoints.addAll(split(indicator.weight(), Collections.nCopies(n, BigDecimal.ONE),
                        BigDecimal.valueOf(n)));
                indicator.measures().forEach(m -> {
                    measures.add(m);
                    owners.add(indicator);
                });
            }
            allocation = "indicator weight split evenly over its measures";
        } else {
            indicators.forEach(indicator -> indicator.measures().forEach(m -> {
                measures.add(m);
                owners.add(indicator);
            }));
            measurePoints = split(points, Collections.nCopies(measures.size(), BigDecimal.ONE),
                    BigDecimal.valueOf(measures.size()));
            allocation = plain(points) + " points of " + level1 + " split evenly over " + measures.size() + " measures";
        }
        List<MeasureScore> scores = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            ScoringInput.Indicator indicator = owners.get(i);
            ScoringInput.Measure measure = measures.get(i);
            MeasureFormula.Result result = MeasureFormula.score(measure, measurePoints.get(i), rules,
                    "indicators[" + indicator.position() + "].measures[" + measure.index() + "]", problems);
            if (result == null) {
                continue;
            }
            Map<String, String> inputs = new LinkedHashMap<>(result.inputs());
            inputs.put("points", plain(measurePoints.get(i)));
            scores.add(new MeasureScore(indicator.position(), indicator.name(), measure.index(), level1,
                    indicator.level2Category(), measure.text(), measurePoints.get(i), result.score(), result.full(),
                    new Trace(result.rule() + "; points: " + allocation + level1Note, inputs,
                            result.arithmetic(), ruleSet)));
        }
        return scores;
    }

    private Scored budgetExecution(ScoringInput input, List<ScoringRules.Problem> problems) {
        BigDecimal points = rules.budgetExecutionPoints();
        if (input.executed() == null) {
            problems.add(new ScoringRules.Problem("executedAmount", MESSAGES.text("scoring.executed-amount-missing")));
            return null;
        }
        BigDecimal executed = input.executed().max(BigDecimal.ZERO);
        BigDecimal budget = input.budget() == null ? BigDecimal.ZERO : input.budget();
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("budget", plain(budget));
        inputs.put("executed", plain(input.executed()));
        inputs.put("points", plain(points));
        if (budget.signum() <= 0) {
            return new Scored(points, round(points), new Trace("budget execution: no budget, full points", inputs,
                    plain(points), ruleSet));
        }
        BigDecimal rate = executed.divide(budget, WORKING_SCALE, RoundingMode.HALF_UP).min(BigDecimal.ONE);
        BigDecimal score = round(points.multiply(rate));
        return new Scored(points, score, new Trace("budget execution: points × min(1, executed / budget)"
                + (input.executed().signum() < 0 ? "; a negative amount counts as 0" : ""), inputs,
                plain(points) + " × min(1, " + plain(executed) + " / " + plain(budget) + ") = " + plain(score), ruleSet));
    }

    private List<CategoryScore> categories(List<MeasureScore> measures, Function<MeasureScore, String> category) {
        Map<String, List<MeasureScore>> grouped = measures.stream()
                .collect(Collectors.groupingBy(category, LinkedHashMap::new, Collectors.toList()));
        List<CategoryScore> categories = new ArrayList<>();
        grouped.forEach((code, members) -> {
            BigDecimal points = members.stream().map(MeasureScore::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal score = members.stream().map(MeasureScore::score).reduce(BigDecimal.ZERO, BigDecimal::add);
            categories.add(new CategoryScore(code, points, score, new Trace("sum of the category's measures",
                    Map.of("measures", String.valueOf(members.size())),
                    members.stream().map(m -> plain(m.score())).collect(Collectors.joining(" + ")) + " = " + plain(score),
                    ruleSet)));
        });
        return List.copyOf(categories);
    }

    private List<Deviation> deviations(ScoringInput input, List<MeasureScore> scores,
            Map<String, Explanation> explanations) {
        Map<String, ScoringInput.Measure> byKey = new LinkedHashMap<>();
        input.indicators().forEach(i -> i.measures().forEach(m -> byKey.put(i.position() + "/" + m.index(), m)));
        List<Deviation> deviations = new ArrayList<>();
        for (MeasureScore score : scores) {
            String key = score.indicatorPosition() + "/" + score.measureIndex();
            DeviationCause cause = !score.fullPoints() ? DeviationCause.BELOW_FULL_POINTS
                    : MeasureFormula.overAchieved(byKey.get(key), rules.overAchievementThreshold())
                            ? DeviationCause.OVER_ACHIEVED : null;
            if (cause != null) {
                Explanation explanation = explanations.get(key);
                boolean explained = explanation != null && notBlank(explanation.deviationReason())
                        && notBlank(explanation.improvementMeasure());
                deviations.add(new Deviation(score.indicatorPosition(), score.measureIndex(), cause,
                        explanation == null ? null : explanation.deviationReason(),
                        explanation == null ? null : explanation.improvementMeasure(), explained));
            }
        }
        return List.copyOf(deviations);
    }

    /**
     * Splits an amount in whole units of the scale in proportion to the given parts (largest remainder,
     * ties to the earlier part), so that the shares add up to the amount exactly.
     */
    private List<BigDecimal> split(BigDecimal amount, List<BigDecimal> parts, BigDecimal partsTotal) {
        BigDecimal unit = BigDecimal.ONE.movePointLeft(rules.scale());
        List<BigDecimal> shares = new ArrayList<>();
        List<BigDecimal> remainders = new ArrayList<>();
        BigDecimal allocated = BigDecimal.ZERO;
        for (BigDecimal part : parts) {
            BigDecimal exact = partsTotal.signum() == 0 ? BigDecimal.ZERO
                    : amount.multiply(part).divide(partsTotal, WORKING_SCALE, RoundingMode.HALF_UP);
            BigDecimal floor = exact.setScale(rules.scale(), RoundingMode.FLOOR);
            shares.add(floor);
            remainders.add(exact.subtract(floor));
            allocated = allocated.add(floor);
        }
        long cents = amount.subtract(allocated).divide(unit, 0, RoundingMode.HALF_UP).longValue();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> remainders.get(b).compareTo(remainders.get(a)));
        for (int k = 0; k < cents && k < order.size(); k++) {
            shares.set(order.get(k), shares.get(order.get(k)).add(unit));
        }
        return shares;
    }

    private BigDecimal round(BigDecimal value) {
        return value.setScale(rules.scale(), RoundingMode.HALF_UP);
    }

    static String plain(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
