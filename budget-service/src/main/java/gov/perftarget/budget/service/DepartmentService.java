package gov.perftarget.budget.service;

import static gov.perftarget.budget.Messages.MESSAGES;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import gov.perftarget.api.ApiException;
import gov.perftarget.api.Filters;
import gov.perftarget.api.InvalidField;
import gov.perftarget.api.Page;
import gov.perftarget.api.PageRequest;
import gov.perftarget.api.ProblemType;
import gov.perftarget.api.Versions;
import gov.perftarget.audit.AuditTrail;
import gov.perftarget.budget.domain.Department;
import gov.perftarget.budget.representation.DepartmentRequest;
import gov.perftarget.budget.representation.DepartmentResponse;
import gov.perftarget.security.Caller;

/** Departments: create, change, read. */
@ApplicationScoped
public class DepartmentService {

    private final AuditTrail audit;
    private final Caller caller;

    public DepartmentService(AuditTrail audit, Caller caller) {
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional
    public Department create(DepartmentRequest request) {
        refuseTakenCode(request.code(), null);
        Department department = new Department();
        department.id = UUID.randomUUID();
        department.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        apply(department, request);
        department.persist();
        audit.recordCall("department.create", "department", department.id, null, DepartmentResponse.of(department));
        return department;
    }

    /** Changes a department if it is still at the version the caller read. */
    @Transactional
    public Department update(UUID id, long expectedVersion, DepartmentRequest request) {
        Department department = Department.<Department>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound(MESSAGES.text("resource.department"), id));
        Versions.check(expectedVersion, department.version);
        refuseTakenCode(request.code(), id);
        DepartmentResponse before = DepartmentResponse.of(department);
        apply(department, request);
        Department.flush(); // the response carries the new version
        audit.recordCall("department.update", "department", id, before, DepartmentResponse.of(department));
        return department;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Department get(UUID id) {
        // a declarant sees its own department only; another answers as a missing one does (404)
        return Department.<Department>findByIdOptional(id).filter(department -> caller.mayAccess(department.code))
                .orElseThrow(() -> ApiException.notFound(MESSAGES.text("resource.department"), id));
    }

    /** The fields a list of departments sorts by. */
    public static final PageRequest.Sortable<String> SORTABLE = PageRequest.Sortable.jpql("code",
            Map.entry("code", "code"), Map.entry("name", "name"));

    /** Departments filtered by code and parent, sorted as asked (ties by id). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Department> list(String code, UUID parentId, PageRequest paging) {
        Filters filters = new Filters()
                .equal("code", caller.departmentFilter(code == null || code.isBlank() ? null : code.strip()))
                .equal("parentId", parentId);
        return Page.of(Department.class, filters, SORTABLE, paging,
                (query, parameters) -> Department.find(query, parameters));
    }

    private void apply(Department department, DepartmentRequest request) {
        if (request.parentId() != null) {
            checkParent(department.id, request.parentId());
        }
        department.code = request.code();
        department.name = request.name().strip();
        department.subordinateUnitCount = request.subordinateUnitCount();
        department.parentId = request.parentId();
    }

    /** The parent must exist, and a department may not end up under itself. */
    private static void checkParent(UUID departmentId, UUID parentId) {
        Set<UUID> seen = new HashSet<>();
        for (UUID current = parentId; current != null; ) {
            if (current.equals(departmentId) || !seen.add(current)) {
                throw ApiException.unprocessable(ProblemType.DEPARTMENT_CYCLE,
                        MESSAGES.text("problem.department-cycle"),
                        List.of(new InvalidField("parentId", MESSAGES.text("department.parent-in-own-subtree"))));
            }
            Department parent = Department.findById(current);
            if (parent == null) {
                throw ApiException.unprocessable(ProblemType.UNKNOWN_DEPARTMENT,
                        MESSAGES.text("problem.unknown-parent-department"),
                        List.of(new InvalidField("parentId", MESSAGES.text("department.no-such-department", current))));
            }
            current = parent.parentId;
        }
    }

    private static void refuseTakenCode(String code, UUID self) {
        Department.findByCode(code).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw ApiException.conflict(ProblemType.DEPARTMENT_CODE_TAKEN,
                    MESSAGES.text("problem.department-code-taken", code));
        });
    }
}
