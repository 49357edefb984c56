package gov.perftarget.budget.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import gov.perftarget.api.ApiException;
import gov.perftarget.budget.domain.Department;
import gov.perftarget.budget.rest.DepartmentRequest;

/** Departments: create and read. */
@ApplicationScoped
public class DepartmentService {

    @Transactional
    public Department create(DepartmentRequest request) {
        if (Department.findByCode(request.code()).isPresent()) {
            throw ApiException.conflict("department-code-taken", "部门编码已存在：" + request.code(),
                    "A department with code " + request.code() + " already exists");
        }
        Department department = new Department();
        department.id = UUID.randomUUID();
        department.code = request.code();
        department.name = request.name().strip();
        department.subordinateUnitCount = request.subordinateUnitCount();
        department.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        department.persist();
        return department;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Department get(UUID id) {
        return Department.<Department>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("部门", "department", id));
    }

    /** All departments, or the one with the given code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Department> list(String code) {
        if (code != null && !code.isBlank()) {
            return Department.findByCode(code).stream().toList();
        }
        return Department.list("order by code");
    }
}
