package gov.perftarget.indicator.rest;

import gov.perftarget.indicator.representation.LibraryIndicatorRequest;
import gov.perftarget.indicator.representation.LibraryIndicatorResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.perftarget.api.ApiDocumentFilter;
import gov.perftarget.api.Page;
import gov.perftarget.api.PageRequest;
import gov.perftarget.api.ProblemResponses;
import gov.perftarget.security.Roles;
import gov.perftarget.indicator.domain.LibraryIndicator;
import gov.perftarget.indicator.domain.LibraryScope;
import gov.perftarget.indicator.service.LibraryService;

@Path("/api/v1/library-indicators")
@Tag(name = "Indicator library", description = "指标库 standard indicators (共性指标 / 个性指标)")
@Produces(MediaType.APPLICATION_JSON)
public class LibraryResource {

    private final LibraryService library;

    public LibraryResource(LibraryService library) {
        this.library = library;
    }

    /** A page of library indicators, for the OpenAPI document (generic records have no schema of their own). */
    @Schema(name = "LibraryIndicatorPage", description = "一页指标库指标 (one page of library indicators)")
    public record LibraryIndicatorPage(List<LibraryIndicatorResponse> items, int page, int size,
            @Schema(description = Page.TOTAL) long total) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createLibraryIndicator",
            extensions = @Extension(name = ApiDocumentFilter.PROBLEM_TYPES, value = "invalid-library-indicator"),
            summary = "Add an indicator to the library (新增指标库指标)")
    @APIResponseSchema(value = LibraryIndicatorResponse.class, responseCode = "201", responseDescription = "added; Location names it")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unprocessable
    public Response create(@NotNull(message = "{validation.request-body-is-required}") @Valid LibraryIndicatorRequest request) {
        LibraryIndicator indicator = library.create(request);
        return Response.created(URI.create("/api/v1/library-indicators/" + indicator.id))
                .entity(LibraryIndicatorResponse.of(indicator)).build();
    }

    @GET
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "searchLibraryIndicators",
            summary = "Search the library by text, category, scope, field of work (检索指标库)",
            description = "Sorts by level1Category, level2Category, name, createdAt, updatedAt (default level1Category,level2Category,name).")
    @APIResponseSchema(value = LibraryIndicatorPage.class, responseCode = "200", responseDescription = "one page of library indicators")
    @ProblemResponses.BadRequest
    public Page<LibraryIndicatorResponse> search(
            @QueryParam("q") String text,
            @QueryParam("level1Category") String level1Category,
            @QueryParam("level2Category") String level2Category,
            @QueryParam("scope") LibraryScope scope,
            @QueryParam("fieldOfWork") String fieldOfWork,
            @QueryParam("enabled") Boolean enabled,
            @Valid @BeanParam PageRequest paging) {
        Page<LibraryIndicator> found = library.search(new LibraryService.LibrarySearch(text, level1Category,
                level2Category, scope, fieldOfWork, enabled), paging);
        return found.map(LibraryIndicatorResponse::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "getLibraryIndicator", summary = "Read a library indicator (查看指标库指标)")
    @APIResponseSchema(value = LibraryIndicatorResponse.class, responseCode = "200", responseDescription = "the library indicator")
    @ProblemResponses.NotFound
    public LibraryIndicatorResponse get(@PathParam("id") UUID id) {
        return LibraryIndicatorResponse.of(library.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replaceLibraryIndicator",
            extensions = @Extension(name = ApiDocumentFilter.PROBLEM_TYPES, value = "invalid-library-indicator"),
            summary = "Change a library indicator, or disable it with enabled=false (修改或停用指标库指标)")
    @APIResponseSchema(value = LibraryIndicatorResponse.class, responseCode = "200", responseDescription = "the library indicator as changed")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Unprocessable
    public LibraryIndicatorResponse replace(@PathParam("id") UUID id,
            @NotNull(message = "{validation.request-body-is-required}") @Valid LibraryIndicatorRequest request) {
        return LibraryIndicatorResponse.of(library.replace(id, request));
    }
}
