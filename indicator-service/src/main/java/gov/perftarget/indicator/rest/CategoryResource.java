package gov.perftarget.indicator.rest;

import gov.perftarget.indicator.representation.CategoryResponse;

import java.util.Collection;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.perftarget.security.Roles;
import gov.perftarget.indicator.domain.Category;
import gov.perftarget.indicator.service.CatalogueService;

@Path("/api/v1/categories")
@Tag(name = "Catalogue", description = "指标目录 the indicator catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

    private final CatalogueService catalogue;

    public CategoryResource(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "listCategories",
            summary = "The 一级 categories, each with its 二级 categories, in catalogue order (指标目录)")
    @APIResponse(responseCode = "200", description = "the level-1 categories, each with its level-2 categories", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CategoryResponse.class, type = SchemaType.ARRAY)))
    public List<CategoryResponse> list() {
        Collection<Category> all = catalogue.byCode().values();
        return all.stream().filter(c -> c.level == 1)
                .map(level1 -> new CategoryResponse(level1.code, 1, level1.name, level1.nameEn,
                        all.stream().filter(c -> level1.code.equals(c.parentCode))
                                .map(level2 -> new CategoryResponse(level2.code, 2, level2.name, level2.nameEn,
                                        List.of()))
                                .toList()))
                .toList();
    }
}
