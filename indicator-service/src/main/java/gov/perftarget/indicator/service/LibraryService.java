package gov.perftarget.indicator.service;

import static gov.perftarget.indicator.Messages.MESSAGES;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import gov.perftarget.api.ApiException;
import gov.perftarget.api.Filters;
import gov.perftarget.api.InvalidField;
import gov.perftarget.api.Page;
import gov.perftarget.api.PageRequest;
import gov.perftarget.api.ProblemType;
import gov.perftarget.audit.AuditTrail;
import gov.perftarget.indicator.domain.LibraryIndicator;
import gov.perftarget.indicator.domain.LibraryScope;
import gov.perftarget.indicator.representation.LibraryIndicatorRequest;
import gov.perftarget.indicator.representation.LibraryIndicatorResponse;

/** The indicator library (指标库): standard indicators, created and kept by admins, searched by departments. */
@ApplicationScoped
public class LibraryService {

    private final CatalogueService catalogue;
    private final AuditTrail audit;

    public LibraryService(CatalogueService catalogue, AuditTrail audit) {
        this.catalogue = catalogue;
        this.audit = audit;
    }

    @Transactional
    public LibraryIndicator create(LibraryIndicatorRequest request) {
        LibraryIndicator indicator = new LibraryIndicator();
        indicator.id = UUID.randomUUID();
        indicator.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        apply(indicator, request);
        indicator.persist();
        audit.recordCall("library-indicator.create", "library-indicator", indicator.id, null,
                LibraryIndicatorResponse.of(indicator));
        return indicator;
    }

    @Transactional
    public LibraryIndicator replace(UUID id, LibraryIndicatorRequest request) {
        LibraryIndicator indicator = get(id);
        LibraryIndicatorResponse before = LibraryIndicatorResponse.of(indicator);
        apply(indicator, request);
        audit.recordCall("library-indicator.replace", "library-indicator", id, before, LibraryIndicatorResponse.of(indicator));
        return indicator;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LibraryIndicator get(UUID id) {
        return LibraryIndicator.<LibraryIndicator>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound(MESSAGES.text("resource.library-indicator"), id));
    }

    /**
     * The library indicator if it exists and is enabled; otherwise adds a field error and returns null.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LibraryIndicator usable(UUID id, String field, List<InvalidField> errors) {
        LibraryIndicator indicator = LibraryIndicator.findById(id);
        if (indicator == null) {
            errors.add(new InvalidField(field, MESSAGES.text("library.no-such-indicator", id)));
            return null;
        }
        if (!indicator.enabled) {
            errors.add(new InvalidField(field, MESSAGES.text("library.indicator-disabled", indicator.name)));
            return null;
        }
        return indicator;
    }

    /** The fields a library search sorts by; by default category then name. */
    public static final PageRequest.Sortable<String> SORTABLE = PageRequest.Sortable.jpql(
            "level1Category,level2Category,name", Map.entry("level1Category", "level1Category"),
            Map.entry("level2Category", "level2Category"), Map.entry("name", "name"), Map.entry("createdAt", "createdAt"),
            Map.entry("updatedAt", "updatedAt"));

    /** Searches by text (name, explanation) and category, scope, field of work, enabled; sorted by category then name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<LibraryIndicator> search(LibrarySearch search, PageRequest paging) {
        String text = search.text() == null || search.text().isBlank() ? null
                : "%" + likeEscaped(search.text().strip().toLowerCase()) + "%";
        String fieldOfWork = search.fieldOfWork() == null || search.fieldOfWork().isBlank() ? null
                : search.fieldOfWork().strip();
        Filters filters = new Filters()
                .where("(lower(name) like :text escape '!' or lower(coalesce(explanation, '')) like :text escape '!')",
                        "text", text)
                .equal("level1Category", search.level1Category() == null ? null : codeOf(search.level1Category()))
                .equal("level2Category", search.level2Category() == null ? null : codeOf(search.level2Category()))
                .equal("scope", search.scope())
                .equal("fieldOfWork", fieldOfWork)
                .equal("enabled", search.enabled());
        return Page.of(LibraryIndicator.class, filters, SORTABLE, paging,
                (query, parameters) -> LibraryIndicator.find(query, parameters));
    }

    /** Search criteria; category codes or Chinese names. */
    public record LibrarySearch(String text, String level1Category, String level2Category, LibraryScope scope,
            String fieldOfWork, Boolean enabled) {
    }

    private void apply(LibraryIndicator indicator, LibraryIndicatorRequest request) {
        List<InvalidField> errors = new ArrayList<>();
        CatalogueService.Placement placement = catalogue.place(request.level1Category(), request.level2Category(), "",
                errors).orElse(null);
        boolean fieldSpecific = request.scope() == LibraryScope.FIELD_SPECIFIC;
        if (fieldSpecific && (request.fieldOfWork() == null || request.fieldOfWork().isBlank())) {
            errors.add(new InvalidField("fieldOfWork", MESSAGES.text("library.field-of-work-missing")));
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(ProblemType.INVALID_LIBRARY_INDICATOR,
                    MESSAGES.text("problem.invalid-library-indicator"), errors);
        }
        indicator.name = request.name().strip();
        indicator.level1Category = placement.level1().code;
        indicator.level2Category = placement.level2().code;
        indicator.scope = request.scope();
        indicator.fieldOfWork = fieldSpecific ? request.fieldOfWork().strip() : null;
        indicator.nature = request.nature();
        indicator.unit = blankToNull(request.unit());
        indicator.comparator = request.comparator();
        indicator.explanation = blankToNull(request.explanation());
        indicator.dataSource = blankToNull(request.dataSource());
        indicator.scoringRule = blankToNull(request.scoringRule());
        indicator.enabled = request.enabled() == null || request.enabled();
        indicator.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** A category named by code or Chinese name; an unknown one matches nothing. */
    private String codeOf(String codeOrName) {
        return catalogue.byCodeOrName(codeOrName).map(category -> category.code).orElse(codeOrName);
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
