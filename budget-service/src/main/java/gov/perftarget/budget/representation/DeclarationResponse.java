package gov.perftarget.budget.representation;

import gov.perftarget.budget.representation.DeclarationResponse;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.perftarget.budget.domain.Declaration;
import gov.perftarget.budget.domain.DeclarationStatus;
import gov.perftarget.budget.domain.KeyTask;
import gov.perftarget.budget.domain.MonitoringLights;
import gov.perftarget.rules.BudgetOverview;

/** A declaration as it stands now (the working copy, not a frozen revision). */
@Schema(description = "部门整体预算绩效目标申报表 declaration")
public record DeclarationResponse(
        UUID id,
        UUID departmentId,
        String departmentCode,
        String departmentName,
        int subordinateUnitCount,
        int fiscalYear,
        DeclarationStatus status,
        @Schema(description = "number of the latest submitted revision; 0 if never submitted")
        int currentRevision,
        BudgetOverview budget,
        String overallTarget,
        List<KeyTaskResponse> keyTasks,
        @Schema(nullable = true) String otherTasks,
        @Schema(nullable = true, description = "监控结果: the lights of the latest submitted monitoring report on the"
                + " approved revision; null until one is submitted")
        MonitoringLights monitoring,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** 年度重点工作任务 with its place on the form. */
    public record KeyTaskResponse(int position, String name, String content, BigDecimal plannedFunds,
            String expectedOutcome) {

        static KeyTaskResponse of(KeyTask task) {
            return new KeyTaskResponse(task.position, task.name, task.content, task.plannedFunds,
                    task.expectedOutcome);
        }
    }

    public static DeclarationResponse of(Declaration declaration) {
        return new DeclarationResponse(declaration.id, declaration.department.id, declaration.department.code,
                declaration.department.name, declaration.department.subordinateUnitCount, declaration.fiscalYear,
                declaration.status, declaration.currentRevision, declaration.budget.toOverview(),
                declaration.overallTarget, declaration.keyTasks.stream().map(KeyTaskResponse::of).toList(),
                declaration.otherTasks, declaration.monitoring, declaration.version, declaration.createdAt, declaration.updatedAt);
    }
}
