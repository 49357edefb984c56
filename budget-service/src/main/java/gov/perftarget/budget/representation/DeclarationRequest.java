package gov.perftarget.budget.representation;

import gov.perftarget.budget.representation.DeclarationRequest;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.perftarget.rules.BudgetOverview;
import gov.perftarget.rules.Money;

/** A declaration to create (部门整体预算绩效目标申报表): header, budget overview, overall target, key tasks. */
@Schema(description = "部门整体预算绩效目标申报表 declaration")
public record DeclarationRequest(
        @Schema(description = "部门 id of the department")
        @NotNull(message = "{validation.departmentid-is-required}")
        UUID departmentId,

        @Schema(description = "预算年度 fiscal year", examples = "2023")
        @NotNull(message = "{validation.fiscalyear-is-required}")
        @Min(value = 2000, message = "{validation.fiscalyear-must-be-or-later}")
        @Max(value = 2100, message = "{validation.fiscalyear-must-be-or-earlier}")
        Integer fiscalYear,

        @Schema(description = "预算整体情况 budget overview, 万元 (10,000 yuan), decimal strings with 2 decimals")
        @NotNull(message = "{validation.budget-is-required}")
        @Valid
        BudgetOverview budget,

        @Schema(description = "总体绩效目标 overall performance target")
        @NotBlank(message = "{validation.overalltarget-must-not-be-blank}")
        @Size(max = 10000, message = "{validation.overalltarget-must-be-at-most-characters}")
        String overallTarget,

        @Schema(description = "年度重点工作任务 key work tasks, in the order of the form")
        @NotNull(message = "{validation.keytasks-is-required}")
        @Size(min = 1, max = 100, message = "{validation.keytasks-must-have-to-items}")
        List<@NotNull(message = "{validation.key-task-must-not-be-null}") @Valid KeyTaskRequest> keyTasks,

        @Schema(nullable = true, description = "其他需完成的任务 other tasks, optional")
        @Size(max = 10000, message = "{validation.othertasks-must-be-at-most-characters}")
        String otherTasks) {

    /** 年度重点工作任务: one key work task. */
    @Schema(description = "年度重点工作任务 key work task")
    public record KeyTaskRequest(
            @Schema(description = "名称 name", examples = "基础研究计划")
            @NotBlank(message = "{validation.name-must-not-be-blank}")
            @Size(max = 200, message = "{validation.name-must-be-at-most-characters}")
            String name,

            @Schema(description = "主要实施内容 content")
            @NotBlank(message = "{validation.content-must-not-be-blank}")
            @Size(max = 10000, message = "{validation.content-must-be-at-most-characters}")
            String content,

            @Schema(description = "拟投入的资金 planned funds, 万元 (10,000 yuan)", examples = "115233.66")
            @Money
            BigDecimal plannedFunds,

            @Schema(description = "期望达到的目标 expected outcome")
            @NotBlank(message = "{validation.expectedoutcome-must-not-be-blank}")
            @Size(max = 10000, message = "{validation.expectedoutcome-must-be-at-most-characters}")
            String expectedOutcome) {
    }
}
