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
        @NotBlank(message = "指标名称不能为空|name must not be blank")
        @Size(max = 500, message = "指标名称不能超过 {max} 个字符|name must be at most {max} characters")
        String name,

        @Schema(description = "一级指标: code or Chinese name", examples = "满意度指标")
        @NotBlank(message = "一级指标不能为空|level1Category must not be blank")
        String level1Category,

        @Schema(description = "二级指标: code or Chinese name", examples = "服务对象满意度指标")
        @NotBlank(message = "二级指标不能为空|level2Category must not be blank")
        String level2Category,

        @Schema(description = "COMMON 共性指标 or FIELD_SPECIFIC 个性指标")
        @NotNull(message = "指标类型必填|scope is required")
        LibraryScope scope,

        @Schema(description = "行业领域 field of work, required for FIELD_SPECIFIC", examples = "科技")
        @Size(max = 100, message = "行业领域不能超过 {max} 个字符|fieldOfWork must be at most {max} characters")
        String fieldOfWork,

        @NotNull(message = "指标性质必填|nature is required")
        Nature nature,

        @Schema(description = "计量单位 unit of a quantitative indicator", examples = "%")
        @Size(max = 20, message = "计量单位不能超过 {max} 个字符|unit must be at most {max} characters")
        String unit,

        @Schema(description = "direction of a quantitative indicator: ≥ more is better, ≤ less is better")
        TargetComparator comparator,

        @Schema(description = "指标解释 explanation")
        @Size(max = 10000, message = "指标解释不能超过 {max} 个字符|explanation must be at most {max} characters")
        String explanation,

        @Schema(description = "数据来源 data source")
        @Size(max = 2000, message = "数据来源不能超过 {max} 个字符|dataSource must be at most {max} characters")
        String dataSource,

        @Schema(description = "评分规则 scoring rule")
        @Size(max = 10000, message = "评分规则不能超过 {max} 个字符|scoringRule must be at most {max} characters")
        String scoringRule,

        @Schema(description = "whether departments may add it; default true")
        Boolean enabled) {
}
