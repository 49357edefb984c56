package gov.perftarget.budget.service;

import static gov.perftarget.budget.Messages.MESSAGES;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import gov.perftarget.api.ApiException;
import gov.perftarget.api.CallerScopedCall;
import gov.perftarget.api.InvalidField;
import gov.perftarget.api.ProblemType;
import gov.perftarget.api.ValidationTexts;
import gov.perftarget.budget.client.IndicatorServiceClient;
import gov.perftarget.budget.client.IndicatorServiceClient.IndicatorRequest;
import gov.perftarget.budget.client.IndicatorServiceClient.IndicatorSet;
import gov.perftarget.budget.client.IndicatorServiceClient.IndicatorSetRequest;
import gov.perftarget.budget.domain.Declaration;
import gov.perftarget.budget.domain.DeclarationStatus;
import gov.perftarget.budget.domain.DeclarationRevision;
import gov.perftarget.budget.domain.Department;
import gov.perftarget.budget.domain.RevisionContent;
import gov.perftarget.budget.form.ApprovedForm;
import gov.perftarget.budget.form.Form;
import gov.perftarget.budget.form.FormFiles;
import gov.perftarget.budget.form.FormWorkbookReader;
import gov.perftarget.budget.representation.DeclarationRequest;
import gov.perftarget.rules.BudgetCheck;
import gov.perftarget.rules.BudgetIdentities;
import gov.perftarget.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The official form in and out (部门整体预算绩效目标申报表): a declaration with its indicators put together for
 * export, and a filled workbook imported as the department's draft. budget-service holds the form's header,
 * budget and key tasks, indicator-service its indicators; both are read and written with the caller's own token,
 * so each service decides what the caller may see and change.
 */
@ApplicationScoped
public class FormService {

    private final DeclarationService declarations;
    private final IndicatorServiceClient indicatorService;
    private final Caller caller;
    private final Validator validator;

    public FormService(DeclarationService declarations, @RestClient IndicatorServiceClient indicatorService, Caller caller,
            Validator validator) {
        this.declarations = declarations;
        this.indicatorService = indicatorService;
        this.caller = caller;
        this.validator = validator;
    }

    /** A declaration as it stands, with its working indicators. */
    public Form draft(UUID id) {
        Declaration declaration = declarations.get(id);
        IndicatorSet indicators = call(() -> indicatorService.workingIndicators(authorization(), id), id);
        return new Form(RevisionContent.of(declaration), 0, indicators(indicators));
    }

    /** A submitted revision as frozen, with the indicators frozen with it. */
    public Form revision(UUID id, int number) {
        DeclarationRevision revision = declarations.revision(id, number);
        IndicatorSet indicators = call(() -> indicatorService.frozenIndicators(authorization(), id, number), id);
        return new Form(revision.content, number, indicators(indicators));
    }

    /**
     * The fiscal year's approved forms the caller may read, one per department, with their totals, the review's
     * grade and the approved revision's indicator count (from indicator-service).
     */
    public List<ApprovedForm> approvedForms(int fiscalYear) {
        List<Declaration> approved = Declaration.<Declaration>find(
                "from Declaration d join fetch d.department where d.fiscalYear = ?1 and d.status = ?2"
                        + " order by d.department.code", fiscalYear, DeclarationStatus.APPROVED).list();
        List<ApprovedForm> forms = new ArrayList<>();
        for (Declaration declaration : approved) {
            if (!caller.mayAccess(declaration.department.code)) {
                continue;
            }
            RevisionContent content = DeclarationRevision.find(declaration.id, declaration.currentRevision)
                    .map(revision -> revision.content).orElse(RevisionContent.of(declaration));
            Integer indicatorCount;
            try {
                IndicatorSet indicators = call(() -> indicatorService.frozenIndicators(authorization(), declaration.id,
                        declaration.currentRevision), declaration.id);
                indicatorCount = indicators.indicators() == null ? 0 : indicators.indicators().size();
            } catch (ApiException notShown) {
                if (notShown.status() != 404) {
                    throw notShown;
                }
                indicatorCount = null; // indicator-service does not show this caller the revision: the row says so
            }
            BudgetCheck totals = BudgetIdentities.check(content.budget(), content.keyTasks().stream()
                    .map(RevisionContent.KeyTaskContent::plannedFunds).toList());
            forms.add(new ApprovedForm(content.departmentCode(), content.departmentName(), declaration.currentRevision,
                    totals.expenditureTotal(), totals.incomeTotal(), content.budget().specialFunds(),
                    totals.keyTaskFundsTotal(), declaration.reviewGrade, indicatorCount));
        }
        return forms;
    }

    /** What an import did: the declaration as it now stands, whether it was created, and how many indicators it has. */
    public record Imported(Declaration declaration, boolean created, int indicatorCount) {
    }

    /**
     * Imports a filled form — a workbook, a PDF, or the form's text ({@link FormFiles}) — as the department's draft
     * for the fiscal year (given, or read from the form's title): creates the declaration or replaces the content of its DRAFT or RETURNED one, and replaces its
     * indicators. All or nothing for the user: every problem of the workbook is found before anything is
     * written; an existing draft and its indicators change in one transaction (indicator-service's refusal rolls
     * the draft back); a declaration created here is removed again if indicator-service refuses its indicators.
     * Imported again, the same workbook gives the same draft.
     */
    public Imported importForm(UUID departmentId, Integer fiscalYear, byte[] file) {
        FormWorkbookReader.Read read = FormFiles.read(file, this::catalogue);
        Integer year = fiscalYear != null ? fiscalYear : read.fiscalYear();
        DeclarationRequest request = new DeclarationRequest(departmentId, year, read.declaration().budget(),
                read.declaration().overallTarget(), read.declaration().keyTasks(), read.declaration().otherTasks());
        refuseInvalid(request, read.cells());
        IndicatorSetRequest indicators = new IndicatorSetRequest(read.indicators().stream()
                .map(i -> new IndicatorRequest(i.level1Category(), i.level2Category(), i.name(), i.periodTarget(),
                        i.annualTarget()))
                .toList());

        Optional<UUID> existing = existingDeclaration(departmentId, year);
        if (existing.isPresent()) {
            UUID id = existing.get();
            Declaration updated = QuarkusTransaction.requiringNew().call(() -> {
                Declaration declaration = declarations.get(id);
                Declaration changed = declarations.update(id, declaration.version, request);
                replaceIndicators(id, indicators, read.cells()); // a refusal rolls the change back
                return changed;
            });
            return new Imported(declarations.get(updated.id), false, indicators.indicators().size());
        }
        Declaration created = declarations.create(request);
        try {
            replaceIndicators(created.id, indicators, read.cells());
        } catch (ApiException refused) {
            if (refused.status() < 500) {
                declarations.discardImported(created.id);
            }
            throw refused;
        }
        return new Imported(declarations.get(created.id), true, indicators.indicators().size());
    }

    /** The catalogue as indicator-service holds it: each 二级 category's name with its 一级 category's name. */
    private Map<String, String> catalogue() {
        List<IndicatorServiceClient.Category> categories;
        try {
            categories = indicatorService.categories(authorization());
        } catch (WebApplicationException | ProcessingException e) {
            throw indicatorServiceAway();
        }
        Map<String, String> level1OfLevel2 = new LinkedHashMap<>();
        for (IndicatorServiceClient.Category level1 : categories == null ? List.<IndicatorServiceClient.Category>of() : categories) {
            for (IndicatorServiceClient.Category level2 : level1.children() == null
                    ? List.<IndicatorServiceClient.Category>of() : level1.children()) {
                level1OfLevel2.put(level2.name(), level1.name());
            }
        }
        return level1OfLevel2;
    }

    private Optional<UUID> existingDeclaration(UUID departmentId, Integer year) {
        Department department = Department.findById(departmentId);
        if (department == null || year == null || !caller.mayAccess(department.code)) {
            return Optional.empty(); // create() says what is wrong
        }
        return Declaration.<Declaration>find("department = ?1 and fiscalYear = ?2", department, year)
                .firstResultOptional().map(declaration -> declaration.id);
    }

    /** The declaration's rules, each broken one named by its cell. */
    private void refuseInvalid(DeclarationRequest request, Map<String, String> cells) {
        List<InvalidField> problems = new ArrayList<>();
        for (ConstraintViolation<DeclarationRequest> violation : validator.validate(request)) {
            String field = violation.getPropertyPath().toString();
            if (field.equals("departmentId")) {
                continue; // a query parameter, checked by create()
            }
            problems.add(new InvalidField(cell(field, cells), ValidationTexts.of(violation)));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(InvalidField::field));
            throw new ApiException(ProblemType.FORM_INVALID, MESSAGES.text("problem.form-invalid", problems.size()),
                    problems);
        }
    }

    /** indicator-service's refusal of the indicators, each problem named by its cell. */
    private void replaceIndicators(UUID id, IndicatorSetRequest indicators, Map<String, String> cells) {
        try {
            indicatorService.replaceIndicators(authorization(), id, indicators);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 400 || status == 422) {
                List<InvalidField> problems = new ArrayList<>();
                JsonNode problem = e.getResponse().readEntity(JsonNode.class);
                for (JsonNode error : problem.path("errors")) {
                    String message = error.path("message").asText();
                    problems.add(new InvalidField(cell(error.path("field").asText(), cells), message, message));
                }
                throw new ApiException(ProblemType.FORM_INVALID,
                        MESSAGES.text("problem.form-invalid", problems.size()), problems);
            }
            throw indicatorServiceAway();
        } catch (ProcessingException e) {
            throw indicatorServiceAway();
        }
    }

    /** The cell a field was read from; the field itself where none was (a value the form does not hold). */
    private static String cell(String field, Map<String, String> cells) {
        String cell = cells.get(field);
        if (cell != null) {
            return cell;
        }
        // a whole object (budget) or list (keyTasks) points at its first cell
        return cells.entrySet().stream().filter(entry -> entry.getKey().startsWith(field))
                .map(Map.Entry::getValue).findFirst().orElse(field);
    }

    private static List<Form.Indicator> indicators(IndicatorSet set) {
        if (set == null || set.indicators() == null) {
            return List.of();
        }
        return set.indicators().stream().sorted(Comparator.comparingInt(IndicatorServiceClient.Indicator::position))
                .map(i -> new Form.Indicator(i.level1CategoryName(), i.level2CategoryName(), i.name(), i.periodTarget(),
                        i.annualTarget()))
                .toList();
    }

    private <T> T call(Supplier<T> read, UUID id) {
        return CallerScopedCall.read(read, () -> ApiException.notFound(MESSAGES.text("resource.declaration"), id),
                FormService::indicatorServiceAway);
    }

    private static ApiException indicatorServiceAway() {
        return new ApiException(ProblemType.INDICATOR_SERVICE_UNAVAILABLE,
                MESSAGES.text("problem.indicator-service-unavailable"), List.of());
    }

    private String authorization() {
        return "Bearer " + caller.bearerToken().orElse("");
    }
}
