package gov.perftarget.review.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import gov.perftarget.rules.BudgetOverview;

/**
 * A submitted revision of a declaration as review-service knows it: the content carried by the
 * {@code declaration-submitted} event, kept with the review so that later edits never leak in.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubmittedRevision(
        UUID departmentId,
        String departmentCode,
        String departmentName,
        int subordinateUnitCount,
        int fiscalYear,
        BudgetOverview budget,
        String overallTarget,
        List<KeyTask> keyTasks,
        String otherTasks) {

    /** 年度重点工作任务. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record KeyTask(String name, String content, BigDecimal plannedFunds, String expectedOutcome) {
    }

    public List<KeyTask> keyTasksOrEmpty() {
        return keyTasks == null ? List.of() : keyTasks;
    }
}
