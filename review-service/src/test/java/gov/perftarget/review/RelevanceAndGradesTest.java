package gov.perftarget.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import gov.perftarget.review.domain.ChangesSinceReturned;
import gov.perftarget.review.domain.Criterion;
import gov.perftarget.review.domain.Grade;
import gov.perftarget.review.domain.KeyTaskCoverage;
import gov.perftarget.review.domain.MeasureView;
import gov.perftarget.review.domain.PreReview;
import gov.perftarget.review.domain.PreReviewResult;
import gov.perftarget.review.domain.PreReviewFinding;
import gov.perftarget.review.domain.ProposedGrades;
import gov.perftarget.review.domain.RevisionIndicator;
import gov.perftarget.review.domain.SubmittedRevision;
import gov.perftarget.messages.BilingualText;
import gov.perftarget.rules.Finding;

/** Relevance (key tasks covered), the proposed grades, and what changed since a returned revision. */
class RelevanceAndGradesTest {

    @Test
    void shouldFindAnIndicatorForEachOfTheSeedsKeyTasks() {
        PreReviewResult result = PreReview.run(SeedRevision.submitted(), SeedRevision.indicators(),
                SeedRevision.CATALOGUE);

        Map<String, List<Integer>> coverage = result.keyTaskCoverage().stream().collect(Collectors.toMap(
                KeyTaskCoverage.TaskCoverage::subject, KeyTaskCoverage.TaskCoverage::indicatorPositions));
        assertEquals(5, coverage.size());
        assertTrue(coverage.get("基础研究").contains(1), coverage.toString());
        assertTrue(coverage.get("人才支撑").contains(2), coverage.toString());
        assertTrue(coverage.get("创新环境").contains(10), coverage.toString());
        assertTrue(coverage.get("企业创新").contains(5), "科技创新型企业 holds 企业 and 创新: " + coverage);
        assertTrue(coverage.values().stream().noneMatch(List::isEmpty), coverage.toString());
        assertTrue(result.findings().stream().noneMatch(f -> f.code().equals("KEY_TASK_NOT_COVERED")));
    }

    @Test
    void shouldReportAKeyTaskNoIndicatorCovers() {
        SubmittedRevision seed = SeedRevision.submitted();
        List<SubmittedRevision.KeyTask> tasks = new ArrayList<>(seed.keyTasks());
        tasks.add(new SubmittedRevision.KeyTask("海绵城市排水管网改造工程", "改造排水管网", new BigDecimal("1.00"), "减少内涝"));
        SubmittedRevision withTask = new SubmittedRevision(seed.departmentId(), seed.departmentCode(),
                seed.departmentName(), seed.subordinateUnitCount(), seed.fiscalYear(), seed.budget(),
                seed.overallTarget(), tasks, seed.otherTasks());

        PreReviewResult result = PreReview.run(withTask, SeedRevision.indicators(), SeedRevision.CATALOGUE);

        Finding uncovered = result.findings().stream().filter(f -> f.code().equals("KEY_TASK_NOT_COVERED"))
                .findFirst().orElseThrow();
        assertEquals("keyTasks[5]", uncovered.field());
        assertTrue(uncovered.message().contains("海绵城市排水管网改造工程"), uncovered.message());
        assertEquals("海绵城市排水管网改造", result.keyTaskCoverage().get(5).subject(), "the generic 工程 is dropped");
        assertEquals(95, result.proposedGrades().criteria().get(1).points(), "relevance loses 5 for the warning");
    }

    @Test
    void shouldProposeAGradePerCriterionWithItsReasons() {
        PreReviewResult result = PreReview.run(SeedRevision.submitted(), SeedRevision.indicators(),
                SeedRevision.CATALOGUE);
        ProposedGrades.Proposal proposal = result.proposedGrades();

        // completeness: satisfaction, cost and five empty 二级 categories, 7 warnings → 65
        ProposedGrades.CriterionProposal completeness = proposal.criteria().get(0);
        assertEquals(Criterion.COMPLETENESS, completeness.criterion());
        assertEquals(65, completeness.points());
        assertEquals(Grade.FAIR, completeness.grade());
        assertTrue(completeness.findingCodes().contains("MISSING_SATISFACTION_INDICATOR"));
        assertTrue(completeness.reason().contains("100 − 40×0 − 5×7 = 65"), completeness.reason());
        assertEquals(Grade.EXCELLENT, grade(result, Criterion.RELEVANCE));
        assertEquals(Grade.EXCELLENT, grade(result, Criterion.APPROPRIATENESS), "the added items: one warning");
        assertEquals(Grade.EXCELLENT, grade(result, Criterion.FEASIBILITY), "the missing sign: one warning");
        assertEquals(new BigDecimal("88.75"), proposal.overallPoints(), "(65 + 100 + 95 + 95) / 4");
        assertEquals(Grade.GOOD, proposal.overallGrade());

        List<Finding> broken = List.of(
                Finding.of(PreReviewFinding.MISSING_OUTPUT_INDICATOR, "indicators",
                        new BilingualText("缺少产出指标", "no output")),
                Finding.of(PreReviewFinding.MISSING_OUTCOME_INDICATOR, "indicators",
                        new BilingualText("缺少效益指标", "no outcome")),
                Finding.of(PreReviewFinding.KEY_TASK_NOT_COVERED, "keyTasks[0]",
                        new BilingualText("x", "x")),
                Finding.of(PreReviewFinding.ANNUAL_TARGET_DIFFERS_FROM_PERIOD, "indicators[0].annualTarget",
                        new BilingualText("x", "x")));
        ProposedGrades.Proposal poor = ProposedGrades.of(broken);
        assertEquals(20, poor.criteria().get(0).points(), "two errors");
        assertEquals(Grade.POOR, poor.criteria().get(0).grade());
        assertEquals(95, poor.criteria().get(1).points());
        assertEquals(100, poor.criteria().get(2).points(), "information costs nothing");
        assertEquals(Grade.FAIR, poor.overallGrade(), "(20 + 95 + 100 + 100) / 4 = 78.75");
    }

    @Test
    void shouldNeverProposeToApproveAFormWithAnError() {
        // one error (no outcome indicator) among otherwise clean criteria: 60 points for completeness, a mean of 90
        List<Finding> oneError = List.of(Finding.of(PreReviewFinding.MISSING_OUTCOME_INDICATOR, "indicators",
                new BilingualText("缺少效益指标", "No outcome indicator")));
        ProposedGrades.Proposal proposal = ProposedGrades.of(oneError);
        assertEquals(0, proposal.overallPoints().compareTo(new BigDecimal("90")), "the mean alone would say 优");
        assertEquals(Grade.FAIR, proposal.overallGrade());

        // a criterion with an error is at most 中 whatever its points
        List<Finding> errorAmongInfos = List.of(Finding.of(PreReviewFinding.MISSING_INDICATORS, "indicators",
                new BilingualText("缺少指标", "No indicators")));
        for (ProposedGrades.CriterionProposal criterion : ProposedGrades.of(errorAmongInfos).criteria()) {
            boolean hasError = criterion.findingCodes().contains("MISSING_INDICATORS");
            assertTrue(!hasError || criterion.grade().compareTo(Grade.FAIR) >= 0, criterion.criterion() + ": " + criterion.grade());
        }
        assertEquals(Grade.EXCELLENT, ProposedGrades.of(List.of()).overallGrade(), "no finding: 优");
    }

    @Test
    void shouldShowWhatChangedSinceTheReturnedRevisionAndWhichFindingsAreResolved() {
        SubmittedRevision returned = SeedRevision.submitted();
        List<RevisionIndicator> before = SeedRevision.indicators();
        PreReviewResult first = PreReview.run(returned, before, SeedRevision.CATALOGUE);

        List<RevisionIndicator> after = new ArrayList<>(before);
        RevisionIndicator fourth = before.get(3);
        after.set(3, new RevisionIndicator(4, fourth.level1Category(), fourth.level1CategoryName(),
                fourth.level2Category(), fourth.level2CategoryName(), fourth.name(), fourth.periodTarget(),
                "1.新增省级以上孵化载体≥15家；2.国家级孵化器运营评价优秀数量位居全国前列。", null,
                fourth.periodMeasures(), List.of(signed(fourth.annualMeasures().get(0)), fourth.annualMeasures().get(1))));
        after.add(new RevisionIndicator(11, "SATISFACTION", "满意度指标", "SERVICE_RECIPIENT_SATISFACTION",
                "服务对象满意度指标", "科技企业满意度", "≥90%", "≥90%", null, List.of(), List.of()));
        PreReviewResult second = PreReview.run(returned, after, SeedRevision.CATALOGUE);

        ChangesSinceReturned changes = ChangesSinceReturned.of(1, returned, before, first.findings(), returned, after,
                second.findings());

        List<String> fields = changes.changes().stream().map(c -> c.field()).toList();
        assertTrue(fields.contains("indicators[3].annualTarget"), fields.toString());
        assertTrue(fields.contains("indicators[10].name"), fields.toString());
        assertTrue(fields.stream().noneMatch(f -> f.startsWith("budget")), "the budget did not change: " + fields);
        List<String> resolved = changes.resolvedFindings().stream().map(Finding::code).toList();
        assertTrue(resolved.contains("MISSING_SATISFACTION_INDICATOR"), resolved.toString());
        assertTrue(resolved.contains("QUANTITY_WITHOUT_SIGN"), resolved.toString());
        assertTrue(changes.openFindings().stream().anyMatch(f -> f.code().equals("MISSING_COST_INDICATOR")));
    }

    private static MeasureView signed(MeasureView m) {
        return new MeasureView(m.nature(), m.metric(), "≥", m.value(), m.upperValue(), m.unit(), m.normalizedValue(),
                m.normalizedUnit(), m.text(), false, m.warnings());
    }

    private static Grade grade(PreReviewResult result, Criterion criterion) {
        return result.proposedGrades().criteria().stream().filter(c -> c.criterion() == criterion).findFirst()
                .orElseThrow().grade();
    }
}
