package gov.perftarget.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import gov.perftarget.review.domain.Criterion;
import gov.perftarget.review.domain.PreReviewFinding;
import gov.perftarget.rules.BudgetFinding;
import gov.perftarget.testing.GeneratedSection;

/**
 * docs/review-rules.md's table of finding codes is the enums' (BudgetFinding, PreReviewFinding) written out: a code
 * added, removed or given another severity or criterion fails here until the table says the same.
 */
class FindingCodesDocumentedTest {

    /** The table as the enums give it. */
    static String table() {
        List<String> lines = new ArrayList<>(List.of("| code | severity | criterion |", "| --- | --- | --- |"));
        for (BudgetFinding code : BudgetFinding.values()) {
            lines.add("| `" + code.name() + "` | " + code.severity() + " | " + Criterion.APPROPRIATENESS + " |");
        }
        for (PreReviewFinding code : PreReviewFinding.values()) {
            lines.add("| `" + code.name() + "` | " + code.severity() + " | " + code.criterion() + " |");
        }
        return String.join("\n", lines);
    }

    @Test
    void shouldListEveryFindingCodeWithItsSeverityAndCriterionInTheRules() throws Exception {
        GeneratedSection.assertUpToDate(Path.of("../docs/review-rules.md"), "finding-codes", table());
    }

    @Test
    void shouldGiveEachFindingTheSeverityAndCriterionOfItsCode() {
        assertEquals(Criterion.RELEVANCE, Criterion.ofFinding("KEY_TASK_NOT_COVERED"));
        assertEquals(Criterion.APPROPRIATENESS, Criterion.ofFinding("BUDGET_EXPENDITURE_INCOME_MISMATCH"));
        assertEquals(Criterion.FEASIBILITY, Criterion.ofFinding("QUANTITY_WITHOUT_UNIT"));
        assertEquals(Criterion.COMPLETENESS, Criterion.ofFinding("MISSING_OUTCOME_INDICATOR"));
    }
}
