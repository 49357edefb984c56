package gov.perftarget.budget.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import gov.perftarget.api.ApiException;
import gov.perftarget.api.Page;
import gov.perftarget.api.Problem;
import gov.perftarget.budget.domain.Budget;
import gov.perftarget.budget.domain.Declaration;
import gov.perftarget.budget.domain.DeclarationRevision;
import gov.perftarget.budget.domain.DeclarationStatus;
import gov.perftarget.budget.domain.Department;
import gov.perftarget.budget.domain.KeyTask;
import gov.perftarget.budget.domain.RevisionContent;
import gov.perftarget.budget.events.DeclarationSubmitted;
import gov.perftarget.budget.events.EventOutbox;
import gov.perftarget.budget.events.OutboxConfig;
import gov.perftarget.budget.rest.DeclarationRequest;
import gov.perftarget.rules.BudgetCheck;
import gov.perftarget.rules.BudgetIdentities;
import gov.perftarget.rules.Finding;
import gov.perftarget.rules.Severity;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.logging.Log;

/** Declarations: create, read, list, validate and submit (domain.md §1 and §3). */
@ApplicationScoped
public class DeclarationService {

    private final EventOutbox outbox;
    private final OutboxConfig outboxConfig;

    public DeclarationService(EventOutbox outbox, OutboxConfig outboxConfig) {
        this.outbox = outbox;
        this.outboxConfig = outboxConfig;
    }

    @Transactional
    public Declaration create(DeclarationRequest request) {
        Department department = Department.<Department>findByIdOptional(request.departmentId())
                .orElseThrow(() -> ApiException.unprocessable("unknown-department", "部门不存在",
                        "The department does not exist",
                        List.of(new Problem.FieldError("departmentId", "部门不存在：" + request.departmentId(),
                                "No department with id " + request.departmentId()))));
        if (Declaration.count("department = ?1 and fiscalYear = ?2", department, request.fiscalYear()) > 0) {
            throw ApiException.conflict("declaration-exists",
                    department.name + " 已有 " + request.fiscalYear() + " 年度的申报表",
                    "The department already has a declaration for fiscal year " + request.fiscalYear());
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Declaration declaration = new Declaration();
        declaration.id = UUID.randomUUID();
        declaration.department = department;
        declaration.fiscalYear = request.fiscalYear();
        declaration.status = DeclarationStatus.DRAFT;
        declaration.budget = Budget.of(request.budget());
        declaration.overallTarget = request.overallTarget().strip();
        declaration.otherTasks = blankToNull(request.otherTasks());
        int position = 1;
        for (DeclarationRequest.KeyTaskRequest taskRequest : request.keyTasks()) {
            KeyTask task = new KeyTask();
            task.id = UUID.randomUUID();
            task.declaration = declaration;
            task.position = position++;
            task.name = taskRequest.name().strip();
            task.content = taskRequest.content().strip();
            task.plannedFunds = taskRequest.plannedFunds();
            task.expectedOutcome = taskRequest.expectedOutcome().strip();
            declaration.keyTasks.add(task);
        }
        declaration.createdAt = now;
        declaration.updatedAt = now;
        declaration.persist();
        return declaration;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Declaration get(UUID id) {
        return Declaration.<Declaration>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("申报表", "declaration", id));
    }

    /** Declarations filtered by department and fiscal year, sorted stably (year, department code, id). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Declaration> list(UUID departmentId, Integer fiscalYear, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new java.util.HashMap<>();
        if (departmentId != null) {
            where.add("department.id = :departmentId");
            params.put("departmentId", departmentId);
        }
        if (fiscalYear != null) {
            where.add("fiscalYear = :fiscalYear");
            params.put("fiscalYear", fiscalYear);
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ")
                + "order by fiscalYear desc, department.code, id";
        PanacheQuery<Declaration> found = Declaration.find(query, params);
        List<Declaration> items = found.page(page, size).list();
        return new Page<>(items, page, size, found.count());
    }

    /** Every finding of the arithmetic identities for the declaration as it stands, without submitting it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BudgetCheck validate(UUID id) {
        Declaration declaration = get(id);
        return BudgetIdentities.check(declaration.budget.toOverview(), declaration.keyTaskFunds());
    }

    /**
     * Submits the declaration: refuses it while an identity fails, else freezes the next revision,
     * moves to SUBMITTED and writes the {@code declaration-submitted} event to the outbox, all in
     * one transaction. The row lock makes two simultaneous submits yield one revision.
     */
    @Transactional
    public Submission submit(UUID id) {
        Declaration declaration = Declaration.<Declaration>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("申报表", "declaration", id));
        if (!declaration.status.isEditable()) {
            throw ApiException.conflict("declaration-not-editable",
                    "申报表当前状态为 " + declaration.status + "，只有草稿或退回修改的申报表可以提交",
                    "The declaration is " + declaration.status + "; only a DRAFT or RETURNED declaration can be submitted");
        }
        BudgetCheck check = BudgetIdentities.check(declaration.budget.toOverview(), declaration.keyTaskFunds());
        if (check.hasErrors()) {
            throw ApiException.unprocessable("budget-identities-failed", "预算数据勾稽关系不成立，不能提交",
                    "The budget figures do not add up; the declaration cannot be submitted",
                    check.findings().stream().filter(finding -> finding.is(Severity.ERROR))
                            .map(f -> new Problem.FieldError(f.field(), f.message(), f.messageEn()))
                            .toList());
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        DeclarationRevision revision = new DeclarationRevision();
        revision.id = UUID.randomUUID();
        revision.declarationId = declaration.id;
        revision.number = declaration.currentRevision + 1;
        revision.submittedAt = now;
        revision.content = RevisionContent.of(declaration);
        revision.persist();

        declaration.currentRevision = revision.number;
        declaration.status = DeclarationStatus.SUBMITTED;
        declaration.updatedAt = now;

        outbox.add(outboxConfig.topicDeclarationSubmitted(), DeclarationSubmitted.TYPE, declaration.id,
                "declarations/" + declaration.id + "/revisions/" + revision.number,
                new DeclarationSubmitted(declaration.id, revision.number, now, revision.content));
        Log.infof("Declaration %s submitted as revision %d", declaration.id, revision.number);
        return new Submission(declaration, revision,
                check.findings().stream().filter(finding -> !finding.is(Severity.ERROR)).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DeclarationRevision revision(UUID id, int number) {
        get(id);
        return DeclarationRevision.find(id, number)
                .orElseThrow(() -> ApiException.notFound("申报表修订版本", "revision", id + "/revisions/" + number));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A submitted revision together with the warnings that did not block it. */
    public record Submission(Declaration declaration, DeclarationRevision revision, List<Finding> warnings) {
    }
}
