package gov.perftarget.budget.representation;

import gov.perftarget.budget.representation.DepartmentRequest;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A department to create or to change (部门). */
@Schema(description = "部门 department")
public record DepartmentRequest(
        @Schema(description = "部门编码 department code, unique", examples = "GZSTB")
        @NotBlank(message = "{validation.code-must-not-be-blank}")
        @Size(max = 32, message = "{validation.code-must-be-at-most-characters}")
        @Pattern(regexp = "[A-Za-z0-9_.-]*", message = "{validation.code-may-hold-only-letters-digits}")
        String code,

        @Schema(description = "部门名称 department name", examples = "广州市科学技术局")
        @NotBlank(message = "{validation.name-must-not-be-blank-2}")
        @Size(max = 200, message = "{validation.name-must-be-at-most-characters-2}")
        String name,

        @Schema(description = "下属二级单位数 number of subordinate units", examples = "2")
        @NotNull(message = "{validation.subordinateunitcount-is-required}")
        @PositiveOrZero(message = "{validation.subordinateunitcount-must-not-be-negative}")
        @Max(value = 100000, message = "{validation.subordinateunitcount-must-be-at-most}")
        Integer subordinateUnitCount,

        @Schema(description = "上级部门 id of the parent department, optional")
        UUID parentId) {
}
