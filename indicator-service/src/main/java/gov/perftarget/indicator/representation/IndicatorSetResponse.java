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
        List<IndicatorResponse> indicators) {

    /** The view of a list of indicators, their categories named from the catalogue ({@code CatalogueService.byCode()}). */
    public static IndicatorSetResponse of(UUID declarationId, int revision, List<Indicator> indicators,
            Map<String, Category> categories) {
        return new IndicatorSetResponse(declarationId, revision,
                indicators.stream().map(indicator -> IndicatorResponse.of(indicator, categories)).toList());
    }
}
