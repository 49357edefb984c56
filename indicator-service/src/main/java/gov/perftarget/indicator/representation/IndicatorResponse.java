package gov.perftarget.indicator.representation;

import gov.perftarget.indicator.representation.IndicatorResponse;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.perftarget.indicator.domain.Category;
import gov.perftarget.indicator.domain.Indicator;
import gov.perftarget.indicator.grammar.Measure;

/**
 * An indicator as the API shows it: category codes with their Chinese names, both target texts as
 * written, and each read into measures by the target grammar (as frozen, for a submitted revision).
 */
@Schema(description = "三级绩效指标 indicator")
public record IndicatorResponse(
        int position,
        @Schema(description = "一级指标 code", examples = "OUTPUT") String level1Category,
        @Schema(description = "一级指标 name", examples = "产出指标") String level1CategoryName,
        @Schema(description = "二级指标 code", examples = "QUANTITY") String level2Category,
        @Schema(description = "二级指标 name", examples = "数量指标") String level2CategoryName,
        String name,
        @Schema(description = "实施周期指标值 as written") String periodTarget,
        @Schema(description = "年度指标值 as written") String annualTarget,
        @Schema(nullable = true, description = "权重 weight in points, if given") BigDecimal weight,
        @Schema(nullable = true, description = "指标库 the library indicator it comes from, if any") UUID libraryIndicatorId,
        @Schema(description = "the period target read into measures") List<Measure> periodMeasures,
        @Schema(description = "the annual target read into measures") List<Measure> annualMeasures) {

    public static IndicatorResponse of(Indicator indicator, Map<String, Category> catalogue) {
        return new IndicatorResponse(indicator.position, indicator.level1Category,
                catalogue.get(indicator.level1Category).name, indicator.level2Category,
                catalogue.get(indicator.level2Category).name, indicator.name, indicator.periodTarget,
                indicator.annualTarget, indicator.weight, indicator.libraryIndicatorId, indicator.measuresOfPeriodTarget(),
                indicator.measuresOfAnnualTarget());
    }
}
