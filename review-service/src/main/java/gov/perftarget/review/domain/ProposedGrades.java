package gov.perftarget.review.domain;

import static gov.perftarget.review.Messages.MESSAGES;

import gov.perftarget.messages.BilingualText;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import gov.perftarget.rules.Finding;
import gov.perftarget.rules.Severity;

/**
 * The grade the pre-review proposes per criterion (docs/domain.md §4), for the reviewer to confirm or
 * change. Each criterion starts at 100 points and loses {@value #ERROR_POINTS} per error and
 * {@value #WARNING_POINTS} per warning of the findings that bear on it ({@link Criterion#ofFinding});
 * information findings cost nothing. Points grade as scores do (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差),
 * and the proposed overall grade is that of the four criteria's mean. A proposal never approves an error
 * (docs/domain.md §4): a criterion with an error-level finding is at most 中, and so is the overall grade
 * of a form with any error.
 */
public final class ProposedGrades {

    static final int ERROR_POINTS = 40;
    static final int WARNING_POINTS = 5;
    private static final BigDecimal EXCELLENT_FROM = BigDecimal.valueOf(90);
    private static final BigDecimal GOOD_FROM = BigDecimal.valueOf(80);
    private static final BigDecimal FAIR_FROM = BigDecimal.valueOf(60);

    /** The proposal for one criterion, with the findings it rests on. */
    public record CriterionProposal(Criterion criterion, String criterionName, Grade grade, int points,
            List<String> findingCodes, String reason, String reasonEn) {

        CriterionProposal(Criterion criterion, String criterionName, Grade grade, int points, List<String> findingCodes,
                BilingualText reason) {
            this(criterion, criterionName, grade, points, findingCodes, reason.zh(), reason.en());
        }
    }

    public record Proposal(List<CriterionProposal> criteria, Grade overallGrade, BigDecimal overallPoints) {
    }

    private ProposedGrades() {
    }

    public static Proposal of(List<Finding> findings) {
        Map<Criterion, List<Finding>> byCriterion = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            byCriterion.put(criterion, new ArrayList<>());
        }
        findings.forEach(finding -> byCriterion.get(Criterion.ofFinding(finding.code())).add(finding));

        List<CriterionProposal> criteria = new ArrayList<>();
        int total = 0;
        for (Map.Entry<Criterion, List<Finding>> entry : byCriterion.entrySet()) {
            long errors = entry.getValue().stream().filter(f -> f.is(Severity.ERROR)).count();
            long warnings = entry.getValue().stream().filter(f -> f.is(Severity.WARNING)).count();
            int points = (int) Math.max(0, 100 - ERROR_POINTS * errors - WARNING_POINTS * warnings);
            total += points;
            Grade grade = atMostFairWith(errors, Grade.of(BigDecimal.valueOf(points), EXCELLENT_FROM, GOOD_FROM, FAIR_FROM));
            List<String> codes = entry.getValue().stream().filter(f -> !f.is(Severity.INFO)).map(Finding::code)
                    .distinct().toList();
            criteria.add(new CriterionProposal(entry.getKey(), entry.getKey().chinese(), grade, points, codes,
                    MESSAGES.text("grades.rationale",
                            errors, warnings, ERROR_POINTS, WARNING_POINTS, points, grade.chinese(), grade)));
        }
        BigDecimal mean = BigDecimal.valueOf(total).divide(BigDecimal.valueOf(Criterion.values().length), 2,
                RoundingMode.HALF_UP);
        long errors = findings.stream().filter(f -> f.is(Severity.ERROR)).count();
        return new Proposal(List.copyOf(criteria), atMostFairWith(errors, Grade.of(mean, EXCELLENT_FROM, GOOD_FROM,
                FAIR_FROM)), mean);
    }

    /** With an error, 中 at best: a grade that approves (优, 良) would approve the error. */
    private static Grade atMostFairWith(long errors, Grade grade) {
        return errors > 0 && grade.compareTo(Grade.FAIR) < 0 ? Grade.FAIR : grade;
    }
}
