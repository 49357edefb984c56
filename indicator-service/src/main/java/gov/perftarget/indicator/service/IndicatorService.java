package gov.perftarget.indicator.service;

import static gov.perftarget.indicator.Messages.MESSAGES;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import gov.perftarget.api.ApiException;
import gov.perftarget.api.InvalidField;
import gov.perftarget.api.ProblemType;
import gov.perftarget.audit.AuditTrail;
import gov.perftarget.indicator.domain.Category;
import gov.perftarget.indicator.domain.DeclarationState;
import gov.perftarget.indicator.domain.Indicator;
import gov.perftarget.indicator.domain.LibraryIndicator;
import gov.perftarget.indicator.representation.IndicatorSetRequest;
import gov.perftarget.indicator.representation.LibraryPickRequest;

/** A declaration's indicators: the editable working copy and the copies frozen per revision. */
@ApplicationScoped
public class IndicatorService {

    private final CatalogueService catalogue;
    private final LibraryService library;
    private final AuditTrail audit;
    private final DeclarationAccessService access;

    public IndicatorService(CatalogueService catalogue, LibraryService library, AuditTrail audit, DeclarationAccessService access) {
        this.access = access;
        this.catalogue = catalogue;
        this.library = library;
        this.audit = audit;
    }

    /** An indicator as the department wrote it, for the audit trail. */
    private record WrittenIndicator(int position, String level1Category, String level2Category, String name,
            String periodTarget, String annualTarget, BigDecimal weight, UUID libraryIndicatorId) {
    }

    private static Map<String, List<WrittenIndicator>> written(List<Indicator> indicators) {
        return Map.of("indicators", indicators.stream().map(i -> new WrittenIndicator(i.position, i.level1Category,
                i.level2Category, i.name, i.periodTarget, i.annualTarget, i.weight, i.libraryIndicatorId)).toList());
    }

    /**
     * Replaces the working copy with the given list, in its order. Refused while the declaration
     * is submitted, and when a 二级 category does not belong to its 一级 category.
     */
    /** The working copy (revision 0) with its version, which a submission names. */
    public record WorkingCopy(int version, List<Indicator> indicators) {
    }

    @Transactional
    public WorkingCopy replaceWorkingCopy(UUID declarationId, IndicatorSetRequest request) {
        access.requireWritable(declarationId);
        refuseIfLocked(declarationId);
        List<InvalidField> errors = new ArrayList<>();
        List<Indicator> workingCopy = Indicator.of(declarationId, Indicator.WORKING_COPY);
        Set<UUID> alreadyLinked = workingCopy.stream()
                .map(indicator -> indicator.libraryIndicatorId).filter(Objects::nonNull).collect(Collectors.toSet());
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < request.indicators().size(); i++) {
            IndicatorSetRequest.IndicatorRequest item = request.indicators().get(i);
            String field = "indicators[" + i + "].";
            Optional<CatalogueService.Placement> placement = catalogue.place(item.level1Category(), item.level2Category(),
                    field, errors);
            if (item.libraryIndicatorId() != null && !alreadyLinked.contains(item.libraryIndicatorId())) {
                library.usable(item.libraryIndicatorId(), field + "libraryIndicatorId", errors);
            }
            if (placement.isEmpty()) {
                continue;
            }
            indicators.add(newIndicator(declarationId, i + 1, placement.get(), item.name(), item.periodTarget(),
                    item.annualTarget(), item.weight(), item.libraryIndicatorId()));
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(ProblemType.INVALID_INDICATORS,
                    MESSAGES.text("problem.invalid-indicators"), errors);
        }
        var before = written(workingCopy);
        int version = supersede(declarationId, workingCopy);
        // the loaded rows one by one rather than a bulk delete query, which Hibernate translates anew on
        // every call; flushed before the inserts, which Hibernate would otherwise run first
        workingCopy.forEach(Indicator::delete);
        Indicator.getEntityManager().flush();
        Indicator.persist(indicators);
        audit.recordCall("indicators.replace", "declaration-indicators", declarationId, before, written(indicators));
        return new WorkingCopy(version, indicators);
    }

    /**
     * Keeps the working copy's current version as it is (a submission may name it) and counts the next
     * one, which the caller is about to write; returns the new version.
     */
    private static int supersede(UUID declarationId, List<Indicator> workingCopy) {
        DeclarationState state = DeclarationState.findById(declarationId);
        for (Indicator indicator : workingCopy) {
            indicator.copyFor(Indicator.superseded(state.workingVersion)).persist();
        }
        state.workingVersion++;
        return state.workingVersion;
    }

    /**
     * Adds a library indicator (指标库) at the end of the working copy: its name and categories come
     * from the library, the department gives the target values.
     */
    @Transactional
    public WorkingCopy addFromLibrary(UUID declarationId, LibraryPickRequest request) {
        access.requireWritable(declarationId);
        refuseIfLocked(declarationId);
        List<InvalidField> errors = new ArrayList<>();
        LibraryIndicator picked = library.usable(request.libraryIndicatorId(), "libraryIndicatorId", errors);
        if (picked == null) {
            throw ApiException.unprocessable(ProblemType.LIBRARY_INDICATOR_UNUSABLE,
                    MESSAGES.text("problem.library-indicator-unusable"), errors);
        }
        Map<String, Category> categories = catalogue.byCode();
        List<Indicator> workingCopy = Indicator.of(declarationId, Indicator.WORKING_COPY);
        int version = supersede(declarationId, workingCopy);
        Indicator indicator = newIndicator(declarationId, workingCopy.size() + 1,
                new CatalogueService.Placement(categories.get(picked.level1Category), categories.get(picked.level2Category)),
                picked.name, request.periodTarget(), request.annualTarget(), request.weight(), picked.id);
        indicator.persist();
        List<Indicator> result = new ArrayList<>(workingCopy);
        result.add(indicator);
        audit.recordCall("indicators.add-from-library", "declaration-indicators", declarationId, written(workingCopy),
                written(result));
        return new WorkingCopy(version, result);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingCopy workingCopy(UUID declarationId) {
        access.requireReadable(declarationId);
        DeclarationState state = DeclarationState.findById(declarationId);
        return new WorkingCopy(state == null ? 0 : state.workingVersion, Indicator.of(declarationId, Indicator.WORKING_COPY));
    }

    /**
     * Version {@code version} of the working copy, as a submission naming it would freeze it; 404 for a version
     * this service does not keep (never written, or dropped by a freeze).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingCopy workingCopy(UUID declarationId, int version) {
        access.requireReadable(declarationId);
        return Indicator.ofVersion(DeclarationState.findById(declarationId), declarationId, version)
                .map(indicators -> new WorkingCopy(version, indicators))
                .orElseThrow(() -> ApiException.notFound(MESSAGES.text("resource.indicator-set-version"),
                        declarationId + "/indicators?version=" + version));
    }

    /** The indicators frozen with revision {@code revision}; 404 until that submission has reached this service. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Indicator> frozen(UUID declarationId, int revision) {
        access.requireReadable(declarationId);
        DeclarationState state = DeclarationState.findById(declarationId);
        if (state == null || !state.hasFrozen(revision)) {
            throw ApiException.notFound(
                    MESSAGES.text("resource.indicator-revision"), declarationId + "/revisions/" + revision);
        }
        return Indicator.of(declarationId, revision);
    }

    /** A submitted revision of a declaration (修订版本). */
    public record RevisionRef(UUID declarationId, int revision) {
    }

    /**
     * The indicators frozen with each of the given revisions, in the order asked, in two queries
     * however many there are: the pre-review reads a whole batch at once. A revision not frozen yet, or
     * not readable by the caller, is left out (the single read answers 404 for it).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<RevisionRef, List<Indicator>> frozen(List<RevisionRef> revisions) {
        Set<UUID> declarationIds = revisions.stream().map(RevisionRef::declarationId).collect(Collectors.toSet());
        Map<UUID, DeclarationState> states = DeclarationState.<DeclarationState>list("declarationId in ?1", declarationIds)
                .stream().collect(Collectors.toMap(state -> state.declarationId, state -> state));
        List<RevisionRef> frozen = revisions.stream().distinct().filter(ref -> {
            DeclarationState state = states.get(ref.declarationId());
            return state != null && state.hasFrozen(ref.revision()) && access.mayRead(state);
        }).toList();
        if (frozen.isEmpty()) {
            return Map.of();
        }
        // declarations × revision numbers may hold a few pairs not asked for: they are dropped below
        Map<RevisionRef, List<Indicator>> byRevision = Indicator.<Indicator>list(
                "declarationId in ?1 and revision in ?2 order by position",
                frozen.stream().map(RevisionRef::declarationId).collect(Collectors.toSet()),
                frozen.stream().map(RevisionRef::revision).collect(Collectors.toSet()))
                .stream().collect(Collectors.groupingBy(indicator -> new RevisionRef(indicator.declarationId, indicator.revision)));
        Map<RevisionRef, List<Indicator>> result = new LinkedHashMap<>();
        frozen.forEach(ref -> result.put(ref, byRevision.getOrDefault(ref, List.of())));
        return result;
    }

    private static void refuseIfLocked(UUID declarationId) {
        if (DeclarationState.isLocked(declarationId)) {
            throw ApiException.conflict(ProblemType.DECLARATION_NOT_EDITABLE,
                    MESSAGES.text("problem.declaration-not-editable"));
        }
    }

    private static Indicator newIndicator(UUID declarationId, int position, CatalogueService.Placement placement,
            String name, String periodTarget, String annualTarget, java.math.BigDecimal weight,
            UUID libraryIndicatorId) {
        Indicator indicator = new Indicator();
        indicator.id = UUID.randomUUID();
        indicator.declarationId = declarationId;
        indicator.revision = Indicator.WORKING_COPY;
        indicator.position = position;
        indicator.level1Category = placement.level1().code;
        indicator.level2Category = placement.level2().code;
        indicator.name = name.strip();
        // target texts are kept exactly as written: the review compares them character by character
        indicator.periodTarget = periodTarget;
        indicator.annualTarget = annualTarget;
        indicator.weight = weight;
        indicator.libraryIndicatorId = libraryIndicatorId;
        return indicator;
    }
}
