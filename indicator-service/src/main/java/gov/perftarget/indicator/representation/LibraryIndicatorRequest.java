package gov.perftarget.indicator.representation;

import gov.perftarget.indicator.representation.LibraryIndicatorRequest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.perftarget.indicator.domain.LibraryScope;
import gov.perftarget.indicator.grammar.TargetComparator;
import gov.perftarget.indicator.grammar.Nature;

/** A library indicator to create or to replace (指标库指标). */
@Schema(description = "指标库指标 library indicator")
public record LibraryIndicatorRequest(
        @Schema(examples = "服务对象满意度")
        @NotBlank(message = "{validation.name-must-not-be-blank}")
        @Size(max = 500, message = "{validation.name-must-be-at-most-characters}")
        String name,

        @Schema(description = "一级指标: code or Chinese name", examples = "满意度指标")
        @NotBlank(message = "{validation.level1category-must-not-be-blank}")
        String level1Category,

        @Schema(description = "二级指标: code or Chinese name", examples = "服务对象满意度指标")
        @NotBlank(message = "{validation.level2category-must-not-be-blank}")
        String level2Category,

        @Schema(description = "COMMON 共性指标 or FIELD_SPECIFIC 个性指标")
        @NotNull(message = "{validation.scope-is-required}")
        LibraryScope scope,

        @Schema(description = "行业领域 field of work, required for FIELD_SPECIFIC", examples = "科技")
        @Size(max = 100, message = "{validation.fieldofwork-must-be-at-most-characters}")
        String fieldOfWork,

        @NotNull(message = "{validation.nature-is-required}")
        Nature nature,

        @Schema(description = "计量单位 unit of a quantitative indicator", examples = "%")
        @Size(max = 20, message = "{validation.unit-must-be-at-most-characters}")
        String unit,

        @Schema(description = "direction of a quantitative indicator: ≥ more is better, ≤ less is better")
        TargetComparator comparator,

        @Schema(description = "指标解释 explanation")
        @Size(max = 10000, message = "{validation.explanation-must-be-at-most-characters}")
        String explanation,

        @Schema(description = "数据来源 data source")
        @Size(max = 2000, message = "{validation.datasource-must-be-at-most-characters}")
        String dataSource,

        @Schema(description = "评分规则 scoring rule")
        @Size(max = 10000, message = "{validation.scoringrule-must-be-at-most-characters}")
        String scoringRule,

        @Schema(description = "whether departments may add it; default true")
        Boolean enabled) {
}
