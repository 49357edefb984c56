package gov.perftarget.indicator.representation;

import gov.perftarget.indicator.representation.CategoryResponse;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A category of the catalogue with its 二级 children (empty for a 二级 category). */
@Schema(description = "指标目录 catalogue category")
public record CategoryResponse(String code, int level, String name, String nameEn, List<CategoryResponse> children) {
}
