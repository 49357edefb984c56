package gov.perftarget.indicator.representation;

import gov.perftarget.indicator.representation.IndicatorResponse;
import gov.perftarget.indicator.representation.IndicatorSetResponse;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.perftarget.indicator.domain.Category;
import gov.perftarget.indicator.domain.Indicator;

/** A declaration's indicators: the working copy (revision 0) or a frozen revision. */
@Schema(description = "绩效指标 the indicators of a declaration or of one of its revisions")
public record IndicatorSetResponse(UUID declarationId,
        @Schema(description = "0 for the working copy, n for the copy frozen with revision n") int revision,
        @Schema(description = "版本 (version) of the working copy, one more with every write: a submission names it "
                + "(indicatorSetVersion) so that exactly this set is frozen; null for a frozen revision", examples = "3",
                nullable = true)
        Integer version,
        List<IndicatorResponse> indicators) {

    /** The view of a list of indicators, their categories named from the catalogue ({@code CatalogueService.byCode()}). */
    public static IndicatorSetResponse of(UUID declarationId, int revision, Integer version, List<Indicator> indicators,
            Map<String, Category> categories) {
        return new IndicatorSetResponse(declarationId, revision, version,
                indicators.stream().map(indicator -> IndicatorResponse.of(indicator, categories)).toList());
    }
}
