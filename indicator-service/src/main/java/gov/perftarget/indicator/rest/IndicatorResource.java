package gov.perftarget.indicator.rest;

import gov.perftarget.indicator.representation.IndicatorSetRequest;
import gov.perftarget.indicator.representation.IndicatorSetResponse;
import gov.perftarget.indicator.representation.LibraryPickRequest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.perftarget.api.ApiDocumentFilter;
import gov.perftarget.api.ProblemResponses;
import gov.perftarget.security.Roles;
import gov.perftarget.indicator.domain.Indicator;
import gov.perftarget.indicator.service.CatalogueService;
import gov.perftarget.indicator.service.DeclarationAccessService;
import gov.perftarget.indicator.service.IndicatorService;

@Path("/api/v1/declarations/{declarationId}")
@Tag(name = "Indicators", description = "绩效指标 a declaration's indicators")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    private final IndicatorService indicators;
    private final CatalogueService catalogue;
    private final DeclarationAccessService access;

    public IndicatorResource(IndicatorService indicators, CatalogueService catalogue, DeclarationAccessService access) {
        this.indicators = indicators;
        this.catalogue = catalogue;
        this.access = access;
    }

    @PUT
    @Path("/indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DECLARANT)
    @Operation(operationId = "replaceIndicators",
            extensions = @Extension(name = ApiDocumentFilter.PROBLEM_TYPES, value = "budget-service-unavailable declaration-not-editable invalid-indicators"),
            summary = "Set the declaration's indicators while it is a draft (填报绩效指标)")
    @APIResponseSchema(value = IndicatorSetResponse.class, responseCode = "200", responseDescription = "the indicators as they now stand, with their measures read")
    @ProblemResponses.BadRequest
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    public IndicatorSetResponse replace(@PathParam("declarationId") UUID declarationId,
            @NotNull(message = "{validation.request-body-is-required}") @Valid IndicatorSetRequest request) {
        access.requireWritable(declarationId); // before the write's transaction: see DeclarationAccessService
        return view(declarationId, indicators.replaceWorkingCopy(declarationId, request));
    }

    @POST
    @Path("/indicators/from-library")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DECLARANT)
    @Operation(operationId = "addIndicatorFromLibrary",
            extensions = @Extension(name = ApiDocumentFilter.PROBLEM_TYPES, value = "budget-service-unavailable declaration-not-editable library-indicator-unusable"),
            summary = "Add a library indicator at the end of the declaration's indicators (从指标库选取指标)")
    @APIResponseSchema(value = IndicatorSetResponse.class, responseCode = "200", responseDescription = "the indicators with the library indicator added at the end")
    @ProblemResponses.BadRequest
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    public IndicatorSetResponse addFromLibrary(@PathParam("declarationId") UUID declarationId,
            @NotNull(message = "{validation.request-body-is-required}") @Valid LibraryPickRequest request) {
        access.requireWritable(declarationId); // before the write's transaction: see DeclarationAccessService
        return view(declarationId, indicators.addFromLibrary(declarationId, request));
    }

    @GET
    @Path("/indicators")
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "getIndicators",
            extensions = @Extension(name = ApiDocumentFilter.PROBLEM_TYPES, value = "budget-service-unavailable"),
            summary = "Read the declaration's indicators as they stand (查看绩效指标)")
    @APIResponseSchema(value = IndicatorSetResponse.class, responseCode = "200", responseDescription = "the indicators as they stand (revision 0: the working copy)")
    @ProblemResponses.NotFound
    public IndicatorSetResponse workingCopy(@PathParam("declarationId") UUID declarationId,
            @Parameter(description = "a version of the working copy, as a submission naming it would freeze it: the "
                    + "current one, or one a later write replaced since the last submission (absent: the current one)")
            @QueryParam("version") @Min(value = 0, message = "{validation.version-must-not-be-negative}") Integer version) {
        return view(declarationId, version == null ? indicators.workingCopy(declarationId)
                : indicators.workingCopy(declarationId, version));
    }

    @GET
    @Path("/revisions/{revision}/indicators")
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "getRevisionIndicators",
            extensions = @Extension(name = ApiDocumentFilter.PROBLEM_TYPES, value = "budget-service-unavailable"),
            summary = "Read the indicators frozen with a submitted revision (查看修订版本的绩效指标)")
    @APIResponseSchema(value = IndicatorSetResponse.class, responseCode = "200", responseDescription = "the indicators frozen with the revision")
    @ProblemResponses.NotFound
    public IndicatorSetResponse frozen(@PathParam("declarationId") UUID declarationId,
            @PathParam("revision") int revision) {
        return IndicatorSetResponse.of(declarationId, revision, null, indicators.frozen(declarationId, revision),
                catalogue.byCode());
    }

    private IndicatorSetResponse view(UUID declarationId, IndicatorService.WorkingCopy workingCopy) {
        return IndicatorSetResponse.of(declarationId, Indicator.WORKING_COPY, workingCopy.version(),
                workingCopy.indicators(), catalogue.byCode());
    }
}
