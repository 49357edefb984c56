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
        @NotNull(message = "指标列表必填|indicators is required")
        @Size(max = 500, message = "指标不能超过 {max} 个|at most {max} indicators")
        List<@NotNull(message = "指标不能为空|indicator must not be null") @Valid IndicatorRequest> indicators) {

    /** One 三级 indicator with its categories and target texts. */
    @Schema(description = "三级绩效指标 indicator")
    public record IndicatorRequest(
            @Schema(description = "一级指标 level-1 category: code or Chinese name", examples = "产出指标")
            @NotBlank(message = "一级指标不能为空|level1Category must not be blank")
            String level1Category,

            @Schema(description = "二级指标 level-2 category: code or Chinese name", examples = "数量指标")
            @NotBlank(message = "二级指标不能为空|level2Category must not be blank")
            String level2Category,

            @Schema(description = "三级指标 name", examples = "聚焦科学发现，加强基础研究系统部署，构建基础研究多元支持体系。")
            @NotBlank(message = "三级指标名称不能为空|name must not be blank")
            @Size(max = 2000, message = "三级指标名称不能超过 {max} 个字符|name must be at most {max} characters")
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
