package gov.perftarget.indicator.representation;

import gov.perftarget.indicator.representation.IndicatorSetResponse;
import gov.perftarget.indicator.representation.IndicatorSetsResponse;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The frozen indicators of several revisions, in the order asked; a revision not frozen yet is left out. */
@Schema(description = "绩效指标 the indicators frozen with each revision asked for that is frozen, in the order asked")
public record IndicatorSetsResponse(
        @Schema(description = "绩效指标 the frozen indicators of each revision asked for that is frozen") List<IndicatorSetResponse> indicatorSets) {
}
