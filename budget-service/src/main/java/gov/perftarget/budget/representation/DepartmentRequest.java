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
        @NotBlank(message = "部门编码不能为空|code must not be blank")
        @Size(max = 32, message = "部门编码不能超过 {max} 个字符|code must be at most {max} characters")
        @Pattern(regexp = "[A-Za-z0-9_.-]*", message = "部门编码只能包含字母、数字、_ . -|code may hold only letters, digits, _ . -")
        String code,

        @Schema(description = "部门名称 department name", examples = "广州市科学技术局")
        @NotBlank(message = "部门名称不能为空|name must not be blank")
        @Size(max = 200, message = "部门名称不能超过 {max} 个字符|name must be at most {max} characters")
        String name,

        @Schema(description = "下属二级单位数 number of subordinate units", examples = "2")
        @NotNull(message = "下属二级单位数必填|subordinateUnitCount is required")
        @PositiveOrZero(message = "下属二级单位数不能为负|subordinateUnitCount must not be negative")
        @Max(value = 100000, message = "下属二级单位数不能超过 {value}|subordinateUnitCount must be at most {value}")
        Integer subordinateUnitCount,

        @Schema(description = "上级部门 id of the parent department, optional")
        UUID parentId) {
}
