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
        @NotNull(message = "部门必填|departmentId is required")
        UUID departmentId,

        @Schema(description = "预算年度 fiscal year", examples = "2023")
        @NotNull(message = "预算年度必填|fiscalYear is required")
        @Min(value = 2000, message = "预算年度不能早于 {value}|fiscalYear must be {value} or later")
        @Max(value = 2100, message = "预算年度不能晚于 {value}|fiscalYear must be {value} or earlier")
        Integer fiscalYear,

        @Schema(description = "预算整体情况 budget overview, 万元 (10,000 yuan), decimal strings with 2 decimals")
        @NotNull(message = "预算整体情况必填|budget is required")
        @Valid
        BudgetOverview budget,

        @Schema(description = "总体绩效目标 overall performance target")
        @NotBlank(message = "总体绩效目标不能为空|overallTarget must not be blank")
        @Size(max = 10000, message = "总体绩效目标不能超过 {max} 个字符|overallTarget must be at most {max} characters")
        String overallTarget,

        @Schema(description = "年度重点工作任务 key work tasks, in the order of the form")
        @NotNull(message = "年度重点工作任务必填|keyTasks is required")
        @Size(min = 1, max = 100, message = "年度重点工作任务须有 {min} 至 {max} 项|keyTasks must have {min} to {max} items")
        List<@NotNull(message = "重点工作任务不能为空|key task must not be null") @Valid KeyTaskRequest> keyTasks,

        @Schema(description = "其他需完成的任务 other tasks, optional")
        @Size(max = 10000, message = "其他需完成的任务不能超过 {max} 个字符|otherTasks must be at most {max} characters")
        String otherTasks) {

    /** 年度重点工作任务: one key work task. */
    @Schema(description = "年度重点工作任务 key work task")
    public record KeyTaskRequest(
            @Schema(description = "名称 name", examples = "基础研究计划")
            @NotBlank(message = "任务名称不能为空|name must not be blank")
            @Size(max = 200, message = "任务名称不能超过 {max} 个字符|name must be at most {max} characters")
            String name,

            @Schema(description = "主要实施内容 content")
            @NotBlank(message = "主要实施内容不能为空|content must not be blank")
            @Size(max = 10000, message = "主要实施内容不能超过 {max} 个字符|content must be at most {max} characters")
            String content,

            @Schema(description = "拟投入的资金 planned funds, 万元 (10,000 yuan)", examples = "115233.66")
            @Money
            BigDecimal plannedFunds,

            @Schema(description = "期望达到的目标 expected outcome")
            @NotBlank(message = "期望达到的目标不能为空|expectedOutcome must not be blank")
            @Size(max = 10000, message = "期望达到的目标不能超过 {max} 个字符|expectedOutcome must be at most {max} characters")
            String expectedOutcome) {
    }
}
