package gov.perftarget.budget.service;

import static gov.perftarget.budget.Messages.MESSAGES;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import gov.perftarget.api.ApiException;
import gov.perftarget.api.ContentChanges;
import gov.perftarget.api.Filters;
import gov.perftarget.api.InvalidField;
import gov.perftarget.api.Page;
import gov.perftarget.api.PageRequest;
import gov.perftarget.api.ProblemType;
import gov.perftarget.api.Versions;
import gov.perftarget.audit.AuditTrail;
import gov.perftarget.budget.domain.Budget;
import gov.perftarget.budget.domain.Declaration;
import gov.perftarget.budget.domain.DeclarationRevision;
import gov.perftarget.budget.domain.DeclarationStatus;
import gov.perftarget.budget.domain.Department;
import gov.perftarget.budget.domain.KeyTask;
import gov.perftarget.budget.domain.MonitoringLights;
import gov.perftarget.budget.domain.ReviewDecision;
import gov.perftarget.budget.domain.RevisionContent;
import gov.perftarget.budget.domain.events.DeclarationSubmitted;
import gov.perftarget.budget.representation.DeclarationRequest;
import gov.perftarget.budget.representation.DeclarationResponse;
import gov.perftarget.messages.BilingualText;
import gov.perftarget.messaging.consuming.ProcessedEvent;
import gov.perftarget.messaging.outbox.EventOutbox;
import gov.perftarget.rules.BudgetCheck;
import gov.perftarget.rules.BudgetIdentities;
import gov.perftarget.rules.Finding;
import gov.perftarget.rules.Severity;
import gov.perftarget.security.Caller;
import io.quarkus.logging.Log;

/** Declarations: create, change, read, list, validate, submit, and the review's decisions (docs/domain.md §1, §3). */
@ApplicationScoped
public class DeclarationService {

    private static final String SERVICE = "budget-service";

    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final Caller caller;

    public DeclarationService(EventOutbox outbox, AuditTrail audit,
            Caller caller) {
        this.caller = caller;
        this.outbox = outbox;
        this.audit = audit;
    }

    @Transactional
    public Declaration create(DeclarationRequest request) {
        // a declarant files for its own department only; another department is as unknown as a missing one
        Department department = Department.<Department>findByIdOptional(request.departmentId())
                .filter(found -> caller.mayAccess(found.code))
                .orElseThrow(() -> ApiException.unprocessable(ProblemType.UNKNOWN_DEPARTMENT,
                        MESSAGES.text("problem.unknown-department"),
                        List.of(new InvalidField("departmentId",
                                MESSAGES.text("department.no-such-department", request.departmentId())))));
        if (Declaration.exists(department, request.fiscalYear())) {
            throw ApiException.conflict(ProblemType.DECLARATION_EXISTS,
                    MESSAGES.text("problem.declaration-exists", department.name, request.fiscalYear()));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Declaration declaration = new Declaration();
        declaration.id = UUID.randomUUID();
        declaration.department = department;
        declaration.fiscalYear = request.fiscalYear();
        declaration.status = DeclarationStatus.DRAFT;
        declaration.createdAt = now;
        applyContent(declaration, request, now);
        declaration.persist();
        audit.recordCall("declaration.create", "declaration", declaration.id, null, DeclarationResponse.of(declaration));
        return declaration;
    }

    /**
     * Replaces the content of a declaration (budget, overall target, key tasks, other tasks) if it
     * is still at the version the caller read and still editable (DRAFT or RETURNED). Department and
     * fiscal year cannot change.
     */
    @Transactional
    public Declaration update(UUID id, long expectedVersion, DeclarationRequest request) {
        Declaration declaration = lock(id);
        Versions.check(expectedVersion, declaration.version);
        refuseUnlessEditable(declaration, MESSAGES.text("action.change"));
        List<InvalidField> moved = new ArrayList<>();
        if (!declaration.department.id.equals(request.departmentId())) {
            moved.add(new InvalidField("departmentId", MESSAGES.text("declaration.department-fixed")));
        }
        if (declaration.fiscalYear != request.fiscalYear()) {
            moved.add(new InvalidField("fiscalYear", MESSAGES.text("declaration.fiscal-year-fixed")));
        }
        if (!moved.isEmpty()) {
            throw ApiException.unprocessable(ProblemType.DECLARATION_IDENTITY_FIXED,
                    MESSAGES.text("problem.declaration-identity-fixed"), moved);
        }
        DeclarationResponse before = DeclarationResponse.of(declaration);
        applyContent(declaration, request, OffsetDateTime.now(ZoneOffset.UTC));
        Declaration.flush(); // the response carries the new version
        audit.recordCall("declaration.update", "declaration", id, before, DeclarationResponse.of(declaration));
        return declaration;
    }

    private static void applyContent(Declaration declaration, DeclarationRequest request, OffsetDateTime now) {
        declaration.budget = Budget.of(request.budget());
        declaration.overallTarget = request.overallTarget().strip();
        declaration.otherTasks = blankToNull(request.otherTasks());
        // key tasks are changed in place by position: replacing rows would trip the (declaration, position) key
        List<DeclarationRequest.KeyTaskRequest> wanted = request.keyTasks();
        while (declaration.keyTasks.size() > wanted.size()) {
            declaration.keyTasks.remove(declaration.keyTasks.size() - 1);
        }
        for (int i = 0; i < wanted.size(); i++) {
            KeyTask task;
            if (i < declaration.keyTasks.size()) {
                task = declaration.keyTasks.get(i);
            } else {
                task = new KeyTask();
                task.id = UUID.randomUUID();
                task.declaration = declaration;
                task.position = i + 1;
                declaration.keyTasks.add(task);
            }
            DeclarationRequest.KeyTaskRequest taskRequest = wanted.get(i);
            task.name = taskRequest.name().strip();
            task.content = taskRequest.content().strip();
            task.plannedFunds = taskRequest.plannedFunds();
            task.expectedOutcome = taskRequest.expectedOutcome().strip();
        }
        declaration.updatedAt = now;
    }

    /**
     * The declaration with its department and key tasks, read in one query (the most frequent read). A single
     * result, not the first: a row limit with a fetched collection makes Hibernate read all rows anyway and log
     * a warning for every read.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Declaration get(UUID id) {
        return visible(Declaration.<Declaration>find("from Declaration d join fetch d.department"
                + " left join fetch d.keyTasks task where d.id = ?1 order by task.position", id).singleResultOptional(),
                id);
    }

    /** The fields a list of declarations sorts by; by default the newest year first, then department code. */
    public static final PageRequest.Sortable<String> SORTABLE = PageRequest.Sortable.jpql("-fiscalYear,departmentCode",
            Map.entry("fiscalYear", "fiscalYear"), Map.entry("departmentCode", "department.code"),
            Map.entry("status", "status"), Map.entry("createdAt", "createdAt"), Map.entry("updatedAt", "updatedAt"));

    /** Declarations filtered by department, fiscal year and status, sorted as asked (ties by id). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Declaration> list(UUID departmentId, Integer fiscalYear, DeclarationStatus status, String text,
            PageRequest paging) {
        Filters filters = new Filters().equal("department.id", departmentId)
                .contains("text", text, "department.name", "department.code")
                .equal("department.code", caller.visibleDepartment()).equal("fiscalYear", fiscalYear)
                .where("currentRevision >= :submittedOnce", "submittedOnce", caller.seesOnlySubmitted() ? 1 : null)
                .equal("status", status);
        return Page.of(Declaration.class, filters, SORTABLE, paging,
                (query, parameters) -> Declaration.find(query, parameters));
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
    public Submission submit(UUID id, Long expectedVersion, int indicatorSetVersion) {
        Declaration declaration = lock(id);
        if (expectedVersion != null) {
            Versions.check(expectedVersion, declaration.version);
        }
        refuseUnlessEditable(declaration, MESSAGES.text("action.submit"));
        BudgetCheck check = BudgetIdentities.check(declaration.budget.toOverview(), declaration.keyTaskFunds());
        if (check.hasErrors()) {
            throw ApiException.unprocessable(ProblemType.BUDGET_IDENTITIES_FAILED,
                    MESSAGES.text("problem.budget-identities-failed"),
                    check.findings().stream().filter(finding -> finding.is(Severity.ERROR))
                            .map(f -> new InvalidField(f.field(), f.message(), f.messageEn()))
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

        Lifecycle before = lifecycle(declaration);
        declaration.currentRevision = revision.number;
        declaration.status = DeclarationStatus.SUBMITTED;
        declaration.updatedAt = now;
        audit.recordCall("declaration.submit", "declaration", declaration.id, before, lifecycle(declaration));

        outbox.add(new DeclarationSubmitted(declaration.id, revision.number, now, revision.content, caller.name(),
                indicatorSetVersion));
        Log.infof("Declaration %s submitted as revision %d", declaration.id, revision.number);
        return new Submission(declaration, revision,
                check.findings().stream().filter(finding -> !finding.is(Severity.ERROR)).toList());
    }

    /**
     * Removes a declaration an import has just created when indicator-service refuses its indicators, so that a
     * refused import leaves nothing behind; only a draft never submitted, and audited like any change.
     */
    @Transactional
    public void discardImported(UUID id) {
        Declaration declaration = lock(id);
        if (declaration.status != DeclarationStatus.DRAFT || declaration.currentRevision != 0) {
            return;
        }
        DeclarationResponse before = DeclarationResponse.of(declaration);
        declaration.delete();
        audit.recordCall("declaration.discard", "declaration", id, before, null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DeclarationRevision revision(UUID id, int number) {
        get(id);
        return DeclarationRevision.find(id, number)
                .orElseThrow(() -> ApiException.notFound(
                        MESSAGES.text("resource.revision"), id + "/revisions/" + number));
    }

    /**
     * Applies the review's decision on a revision (the {@code declaration-reviewed} event), once. A
     * decision on another revision than the current one, or on a declaration no longer under review,
     * is ignored: a late or repeated event must not move the lifecycle backwards.
     */
    @Transactional
    public void applyDecision(String eventId, String causedBy, UUID declarationId, int revision, ReviewDecision decision,
            String overallGrade) {
        if (!ProcessedEvent.firstTime(eventId)) {
            return;
        }
        Declaration declaration = Declaration.<Declaration>findByIdOptional(declarationId,
                LockModeType.PESSIMISTIC_WRITE).orElse(null);
        if (declaration == null || declaration.currentRevision != revision
                || (declaration.status != DeclarationStatus.SUBMITTED
                        && declaration.status != DeclarationStatus.UNDER_REVIEW)) {
            Log.warnf("Decision %s on declaration %s revision %d ignored (declaration is %s)", decision, declarationId,
                    revision, declaration == null ? "unknown" : declaration.status + " at revision "
                            + declaration.currentRevision);
            return;
        }
        Lifecycle before = lifecycle(declaration);
        declaration.status = decision.status();
        declaration.reviewGrade = overallGrade;
        declaration.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        audit.recordEvent(SERVICE, eventId, causedBy, "declaration.decide", "declaration", declarationId, before,
                lifecycle(declaration));
        Log.infof("Declaration %s revision %d is %s", declarationId, revision, declaration.status);
    }

    /**
     * A department submitted a monitoring report on the approved revision (the {@code monitoring-reported} event):
     * its lights are kept with the declaration, unless a report with a later cut-off is already kept.
     */
    @Transactional
    public void keepMonitoring(String eventId, String causedBy, UUID declarationId, MonitoringLights lights) {
        if (!ProcessedEvent.firstTime(eventId)) {
            return;
        }
        Declaration declaration = Declaration.<Declaration>findByIdOptional(declarationId,
                LockModeType.PESSIMISTIC_WRITE).orElse(null);
        if (declaration == null) {
            Log.warnf("Monitoring report on unknown declaration %s ignored", declarationId);
            return;
        }
        if (declaration.monitoring != null && declaration.monitoring.cutOffDate().isAfter(lights.cutOffDate())) {
            return; // a later round's report arrived first
        }
        MonitoringLights before = declaration.monitoring;
        declaration.monitoring = lights;
        declaration.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        audit.recordEvent(SERVICE, eventId, causedBy, "declaration.monitoring", "declaration", declarationId, before,
                lights);
        Log.infof("Declaration %s monitored as of %s: %s", declarationId, lights.cutOffDate(), lights.light());
    }

    /**
     * The automatic pre-review of the current revision is done (the {@code declaration-pre-reviewed}
     * event): a SUBMITTED declaration moves to UNDER_REVIEW, once.
     */
    @Transactional
    public void markUnderReview(String eventId, String causedBy, UUID declarationId, int revision) {
        if (!ProcessedEvent.firstTime(eventId)) {
            return;
        }
        Declaration declaration = Declaration.<Declaration>findByIdOptional(declarationId,
                LockModeType.PESSIMISTIC_WRITE).orElse(null);
        if (declaration == null || declaration.currentRevision != revision
                || declaration.status != DeclarationStatus.SUBMITTED) {
            return; // a decision may already have arrived, or a later revision is under way
        }
        Lifecycle before = lifecycle(declaration);
        declaration.status = DeclarationStatus.UNDER_REVIEW;
        declaration.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        audit.recordEvent(SERVICE, eventId, causedBy, "declaration.pre-reviewed", "declaration", declarationId, before,
                lifecycle(declaration));
    }

    /** The lifecycle fields of a declaration, for the audit trail of a transition. */
    private record Lifecycle(DeclarationStatus status, int currentRevision) {
    }

    private static Lifecycle lifecycle(Declaration declaration) {
        return new Lifecycle(declaration.status, declaration.currentRevision);
    }

    /** What changed between two submitted revisions, field by field. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContentChanges.Change> changes(UUID id, int from, int to) {
        return ContentChanges.between(revision(id, from).content, revision(id, to).content);
    }

    private Declaration lock(UUID id) {
        return visible(Declaration.<Declaration>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE), id);
    }

    /**
     * The declaration if the caller may see it: another department's, or for a reviewer a draft never
     * submitted, answers as a missing one does (404).
     */
    /** 404 unless the caller may see the declaration: its department only, without its key tasks. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireVisible(UUID id) {
        visible(Declaration.<Declaration>find("from Declaration d join fetch d.department where d.id = ?1", id)
                .singleResultOptional(), id);
    }

    private Declaration visible(Optional<Declaration> found, UUID id) {
        return found.filter(declaration -> caller.mayAccess(declaration.department.code))
                .filter(declaration -> !caller.seesOnlySubmitted() || declaration.currentRevision > 0)
                .orElseThrow(() -> ApiException.notFound(MESSAGES.text("resource.declaration"), id));
    }

    private static void refuseUnlessEditable(Declaration declaration, BilingualText action) {
        if (!declaration.status.isEditable()) {
            throw ApiException.conflict(ProblemType.DECLARATION_NOT_EDITABLE,
                    MESSAGES.text("problem.declaration-not-editable", declaration.status, action.zh(), action.en()));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A submitted revision together with the warnings that did not block it. */
    public record Submission(Declaration declaration, DeclarationRevision revision, List<Finding> warnings) {
    }
}
