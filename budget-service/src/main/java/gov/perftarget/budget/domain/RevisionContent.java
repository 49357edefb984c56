package gov.perftarget.budget.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import gov.perftarget.rules.BudgetOverview;

/**
 * Everything a declaration says, as frozen in one revision. The same shape is stored with the
 * revision and carried by the {@code declaration-submitted} event, so that review-service sees
 * exactly what was submitted.
 */
public record RevisionContent(
        UUID departmentId,
        String departmentCode,
        String departmentName,
        int subordinateUnitCount,
        int fiscalYear,
        BudgetOverview budget,
        String overallTarget,
        List<KeyTaskContent> keyTasks,
        String otherTasks) {

    /** 年度重点工作任务 as frozen. */
    public record KeyTaskContent(String name, String content, BigDecimal plannedFunds, String expectedOutcome) {
    }

    public static RevisionContent of(Declaration declaration) {
        Department department = declaration.department;
        return new RevisionContent(department.id, department.code, department.name,
                department.subordinateUnitCount, declaration.fiscalYear, declaration.budget.toOverview(),
                declaration.overallTarget,
                declaration.keyTasks.stream()
                        .map(task -> new KeyTaskContent(task.name, task.content, task.plannedFunds,
                                task.expectedOutcome))
                        .toList(),
                declaration.otherTasks);
    }
}
