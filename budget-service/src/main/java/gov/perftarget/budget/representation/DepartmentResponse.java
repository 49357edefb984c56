package gov.perftarget.budget.representation;

import gov.perftarget.budget.representation.DepartmentResponse;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.perftarget.budget.domain.Department;

/** A department as the API shows it. */
@Schema(description = "部门 department")
public record DepartmentResponse(UUID id, String code, String name, int subordinateUnitCount, @Schema(nullable = true) UUID parentId,
        @Schema(description = "version, also sent as the ETag; send it back in If-Match to update") long version,
        OffsetDateTime createdAt) {

    public static DepartmentResponse of(Department department) {
        return new DepartmentResponse(department.id, department.code, department.name,
                department.subordinateUnitCount, department.parentId, department.version, department.createdAt);
    }
}
