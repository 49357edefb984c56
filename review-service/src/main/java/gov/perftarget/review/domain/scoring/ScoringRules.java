package gov.perftarget.review.domain.scoring;

import static gov.perftarget.review.Messages.MESSAGES;

import gov.perftarget.messages.BilingualText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of the self-evaluation score (绩效自评评分规则, docs/domain.md §5), stored per fiscal year and
 * editable by admins. {@link #defaults()} are those of §5.
 *
 * @param budgetExecutionPoints    points of the budget execution rate (预算执行率), 10
 * @param level1Points             points per 一级 category code: OUTPUT 50, OUTCOME 30, SATISFACTION 10
 * @param emptyCategory            what happens to the points of a 一级 category the declaration has no measure in
 * @param qualitativeBands         per achievement band, the share of a measure's points its score must lie in
 * @param overAchievementThreshold actual/target from which an over-achievement also needs a deviation reason (1.30)
 * @param excellentFrom            lowest total graded 优 (90)
 * @param goodFrom                 lowest total graded 良 (80)
 * @param fairFrom                 lowest total graded 中 (60); below it 差
 * @param scale                    decimals of every score (2)
 */
public record ScoringRules(
        BigDecimal budgetExecutionPoints,
        Map<String, BigDecimal> level1Points,
        EmptyCategory emptyCategory,
        Map<AchievementBand, BandRange> qualitativeBands,
        BigDecimal overAchievementThreshold,
        BigDecimal excellentFrom,
        BigDecimal goodFrom,
        BigDecimal fairFrom,
        int scale) {

    public static final BigDecimal TOTAL = BigDecimal.valueOf(100);

    /** The catalogue's 一级 categories (docs/domain.md §2). */
    public static final List<String> LEVEL1_CATEGORIES = List.of("OUTPUT", "OUTCOME", "SATISFACTION");

    /** The points of a 一级 category without measures: spread over the others in proportion to theirs, or lost. */
    public enum EmptyCategory {
        REDISTRIBUTE, ZERO
    }

    /** A qualitative band's share of the points, both ends included: 0.80 to 1.00 for ACHIEVED. */
    public record BandRange(BigDecimal from, BigDecimal to) {
    }

    /** A rule a rule set breaks, with the field it names. */
    public record Problem(String field, String message, String messageEn) {

        public Problem(String field, BilingualText text) {
            this(field, text.zh(), text.en());
        }
    }

    public static ScoringRules defaults() {
        Map<String, BigDecimal> level1 = new LinkedHashMap<>();
        level1.put("OUTPUT", BigDecimal.valueOf(50));
        level1.put("OUTCOME", BigDecimal.valueOf(30));
        level1.put("SATISFACTION", BigDecimal.valueOf(10));
        Map<AchievementBand, BandRange> bands = new LinkedHashMap<>();
        bands.put(AchievementBand.ACHIEVED, new BandRange(new BigDecimal("0.80"), new BigDecimal("1.00")));
        bands.put(AchievementBand.PARTLY_ACHIEVED, new BandRange(new BigDecimal("0.60"), new BigDecimal("0.80")));
        bands.put(AchievementBand.NOT_ACHIEVED, new BandRange(new BigDecimal("0.00"), new BigDecimal("0.60")));
        return new ScoringRules(BigDecimal.TEN, level1, EmptyCategory.REDISTRIBUTE, bands, new BigDecimal("1.30"),
                BigDecimal.valueOf(90), BigDecimal.valueOf(80), BigDecimal.valueOf(60), 2);
    }

    /** Every rule this rule set breaks; empty when it can score. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (budgetExecutionPoints == null || budgetExecutionPoints.signum() < 0) {
            problems.add(new Problem("budgetExecutionPoints",
                    MESSAGES.text("scoring-rules.budget-execution-points-negative")));
        }
        if (level1Points == null || level1Points.isEmpty()) {
            problems.add(new Problem("level1Points", MESSAGES.text("scoring-rules.level1-points-missing")));
        } else {
            level1Points.forEach((code, points) -> {
                if (!LEVEL1_CATEGORIES.contains(code)) {
                    problems.add(new Problem("level1Points." + code,
                            MESSAGES.text("scoring-rules.unknown-level1-category", LEVEL1_CATEGORIES)));
                } else if (points == null || points.signum() < 0) {
                    problems.add(new Problem("level1Points." + code,
                            MESSAGES.text("scoring-rules.level1-points-negative", code)));
                }
            });
        }
        if (problems.isEmpty()) {
            BigDecimal sum = level1Points.values().stream().reduce(budgetExecutionPoints, BigDecimal::add);
            if (sum.compareTo(TOTAL) != 0) {
                problems.add(new Problem("level1Points",
                        MESSAGES.text("scoring-rules.points-sum", sum.toPlainString())));
            }
        }
        if (emptyCategory == null) {
            problems.add(new Problem("emptyCategory", MESSAGES.text("scoring-rules.empty-category-missing")));
        }
        for (AchievementBand band : AchievementBand.values()) {
            BandRange range = qualitativeBands == null ? null : qualitativeBands.get(band);
            if (range == null || range.from() == null || range.to() == null || range.from().signum() < 0
                    || range.from().compareTo(range.to()) > 0 || range.to().compareTo(BigDecimal.ONE) > 0) {
                problems.add(new Problem("qualitativeBands." + band, MESSAGES.text("scoring-rules.band-range", band)));
            }
        }
        if (overAchievementThreshold == null || overAchievementThreshold.compareTo(BigDecimal.ONE) <= 0) {
            problems.add(new Problem("overAchievementThreshold",
                    MESSAGES.text("scoring-rules.over-achievement-threshold")));
        }
        if (excellentFrom == null || goodFrom == null || fairFrom == null || fairFrom.signum() < 0
                || fairFrom.compareTo(goodFrom) > 0 || goodFrom.compareTo(excellentFrom) > 0
                || excellentFrom.compareTo(TOTAL) > 0) {
            problems.add(new Problem("excellentFrom", MESSAGES.text("scoring-rules.grade-bounds")));
        }
        if (scale < 0 || scale > 4) {
            problems.add(new Problem("scale", MESSAGES.text("scoring-rules.scale-range")));
        }
        return problems;
    }
}
