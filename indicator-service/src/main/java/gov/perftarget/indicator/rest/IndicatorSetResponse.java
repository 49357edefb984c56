package gov.perftarget.indicator.rest;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A declaration's indicators: the working copy (revision 0) or a frozen revision. */
@Schema(description = "绩效指标 the indicators of a declaration or of one of its revisions")
public record IndicatorSetResponse(UUID declarationId,
        @Schema(description = "0 for the working copy, n for the copy frozen with revision n") int revision,
        List<IndicatorResponse> indicators) {
}
