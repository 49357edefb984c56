package gov.perftarget.indicator.rest;

import gov.perftarget.indicator.representation.IndicatorSetResponse;
import gov.perftarget.indicator.representation.IndicatorSetsResponse;
import gov.perftarget.indicator.representation.RevisionLookupRequest;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.perftarget.api.ProblemResponses;
import gov.perftarget.security.Roles;
import gov.perftarget.indicator.domain.Category;
import gov.perftarget.indicator.service.CatalogueService;
import gov.perftarget.indicator.service.IndicatorService;
import gov.perftarget.indicator.service.IndicatorService.RevisionRef;

/**
 * The frozen indicators of many revisions in one call: review-service's pre-review reads a batch of
 * submissions at once rather than queueing one call per revision behind the departments' requests.
 */
@Path("/api/v1/revision-indicators")
@Tag(name = "Indicators", description = "绩效指标 a declaration's indicators")
@Produces(MediaType.APPLICATION_JSON)
public class RevisionIndicatorsResource {

    private final IndicatorService indicators;
    private final CatalogueService catalogue;

    public RevisionIndicatorsResource(IndicatorService indicators, CatalogueService catalogue) {
        this.indicators = indicators;
        this.catalogue = catalogue;
    }

    @POST
    @Path("/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "lookupRevisionIndicators",
            summary = "Read the indicators frozen with several submitted revisions at once (批量查看修订版本的绩效指标); a revision not frozen yet is left out")
    @APIResponseSchema(value = IndicatorSetsResponse.class, responseCode = "200", responseDescription = "the indicators of each revision asked for that is frozen, in the order asked")
    @ProblemResponses.BadRequest
    public IndicatorSetsResponse lookup(
            @NotNull(message = "{validation.request-body-is-required}") @Valid RevisionLookupRequest request) {
        List<RevisionRef> revisions = request.revisions().stream()
                .map(revision -> new RevisionRef(revision.declarationId(), revision.revision())).toList();
        Map<String, Category> categories = catalogue.byCode();
        return new IndicatorSetsResponse(indicators.frozen(revisions).entrySet().stream()
                .map(frozen -> IndicatorSetResponse.of(frozen.getKey().declarationId(), frozen.getKey().revision(), null,
                        frozen.getValue(), categories))
                .toList());
    }
}
