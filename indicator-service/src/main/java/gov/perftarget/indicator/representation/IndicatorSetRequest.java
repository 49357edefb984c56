package gov.perftarget.indicator.representation;

import gov.perftarget.indicator.representation.IndicatorSetRequest;
import gov.perftarget.indicator.representation.TargetText;
import gov.perftarget.indicator.representation.Weight;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole ordered list of a declaration's indicators, replacing the working copy. */
@Schema(description = "绩效指标 the declaration's indicators, in the order of the form")
public record IndicatorSetRequest(
        @NotNull(message = "{validation.indicators-is-required}")
        @Size(max = 500, message = "{validation.at-most-indicators}")
        List<@NotNull(message = "{validation.indicator-must-not-be-null}") @Valid IndicatorRequest> indicators) {

    /** One 三级 indicator with its categories and target texts. */
    @Schema(description = "三级绩效指标 indicator")
    public record IndicatorRequest(
            @Schema(description = "一级指标 level-1 category: code or Chinese name", examples = "产出指标")
            @NotBlank(message = "{validation.level1category-must-not-be-blank}")
            String level1Category,

            @Schema(description = "二级指标 level-2 category: code or Chinese name", examples = "数量指标")
            @NotBlank(message = "{validation.level2category-must-not-be-blank}")
            String level2Category,

            @Schema(description = "三级指标 name", examples = "聚焦科学发现，加强基础研究系统部署，构建基础研究多元支持体系。")
            @NotBlank(message = "{validation.name-must-not-be-blank-2}")
            @Size(max = 2000, message = "{validation.name-must-be-at-most-characters-2}")
            String name,

            @Schema(description = "实施周期指标值 period target, as written", examples = "开展市校（院）联合资助项目数量≥800项。")
            @TargetText
            String periodTarget,

            @Schema(description = "年度指标值 annual target, as written", examples = "开展市校（院）联合资助项目数量≥800项。")
            @TargetText
            String annualTarget,

            @Schema(description = "权重 weight in points, optional", examples = "10")
            @Weight
            BigDecimal weight,

            @Schema(description = "指标库 id of the library indicator it comes from, optional")
            UUID libraryIndicatorId) {
    }
}
