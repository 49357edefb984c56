package gov.perftarget.indicator.rest;

import gov.perftarget.indicator.representation.MeasureValueRequest;
import gov.perftarget.indicator.representation.MeasureValueResponse;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.perftarget.api.ApiDocumentFilter;
import gov.perftarget.api.ProblemResponses;
import gov.perftarget.security.Roles;
import gov.perftarget.indicator.service.MeasureValueService.Stage;
import gov.perftarget.indicator.service.DeclarationAccessService;
import gov.perftarget.indicator.service.MeasureValueService;

@Path("/api/v1/declarations/{declarationId}/revisions/{revision}")
@Tag(name = "Measure values", description = "进度值与完成值 progress and actual values of the approved annual targets")
@Produces(MediaType.APPLICATION_JSON)
public class MeasureValueResource {

    private final MeasureValueService values;
    private final DeclarationAccessService access;

    public MeasureValueResource(MeasureValueService values, DeclarationAccessService access) {
        this.values = values;
        this.access = access;
    }

    @GET
    @Path("/measure-values")
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "listMeasureValues",
            extensions = @Extension(name = ApiDocumentFilter.PROBLEM_TYPES, value = "budget-service-unavailable"),
            summary = "Every annual measure of the revision with its progress and actual values (查看进度值与完成值)")
    @APIResponse(responseCode = "200", description = "every annual measure of the approved revision with its values", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureValueResponse.class, type = SchemaType.ARRAY)))
    @ProblemResponses.NotFound
    public List<MeasureValueResponse> list(@PathParam("declarationId") UUID declarationId,
            @PathParam("revision") int revision) {
        return values.list(declarationId, revision);
    }

    @PUT
    @Path("/indicators/{position}/measures/{index}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DECLARANT)
    @Operation(operationId = "recordProgressValue",
            extensions = @Extension(name = ApiDocumentFilter.PROBLEM_TYPES, value = "budget-service-unavailable revision-not-approved value-does-not-fit-measure"),
            summary = "Record the mid-year progress value of an approved annual measure (填报进度值)")
    @APIResponseSchema(value = MeasureValueResponse.class, responseCode = "200", responseDescription = "the measure with the value recorded")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    public MeasureValueResponse progress(@PathParam("declarationId") UUID declarationId,
            @PathParam("revision") int revision, @PathParam("position") int position, @PathParam("index") int index,
            @NotNull(message = "{validation.request-body-is-required}") @Valid MeasureValueRequest request) {
        access.requireWritable(declarationId); // before the write's transaction: see DeclarationAccessService
        return values.record(declarationId, revision, position, index, Stage.PROGRESS, request);
    }

    @PUT
    @Path("/indicators/{position}/measures/{index}/actual")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DECLARANT)
    @Operation(operationId = "recordActualValue",
            extensions = @Extension(name = ApiDocumentFilter.PROBLEM_TYPES, value = "budget-service-unavailable revision-not-approved value-does-not-fit-measure"),
            summary = "Record the year-end actual value of an approved annual measure (填报完成值)")
    @APIResponseSchema(value = MeasureValueResponse.class, responseCode = "200", responseDescription = "the measure with the value recorded")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    public MeasureValueResponse actual(@PathParam("declarationId") UUID declarationId,
            @PathParam("revision") int revision, @PathParam("position") int position, @PathParam("index") int index,
            @NotNull(message = "{validation.request-body-is-required}") @Valid MeasureValueRequest request) {
        access.requireWritable(declarationId); // before the write's transaction: see DeclarationAccessService
        return values.record(declarationId, revision, position, index, Stage.ACTUAL, request);
    }
}
