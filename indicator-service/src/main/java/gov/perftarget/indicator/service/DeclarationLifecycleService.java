package gov.perftarget.indicator.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import gov.perftarget.audit.AuditTrail;
import gov.perftarget.messaging.consuming.ProcessedEvent;
import gov.perftarget.indicator.domain.DeclarationState;
import gov.perftarget.indicator.domain.Indicator;
import io.quarkus.logging.Log;

/**
 * What indicator-service does as a declaration moves through its lifecycle (docs/domain.md §3): on
 * submission it freezes the working copy as revision n and locks it; on the review's decision it
 * records the approved revision (whose measures then take actual values) or, for a return, unlocks
 * the working copy for the next revision.
 */
@ApplicationScoped
public class DeclarationLifecycleService {

    private static final String SERVICE = "indicator-service";

    private final AuditTrail audit;

    public DeclarationLifecycleService(AuditTrail audit) {
        this.audit = audit;
    }

    /** The lifecycle fields of a declaration's indicators, for the audit trail. */
    private record Lifecycle(boolean locked, int latestRevision, Integer approvedRevision) {
    }

    private static Lifecycle lifecycle(DeclarationState state) {
        return state == null ? new Lifecycle(false, 0, null)
                : new Lifecycle(state.locked, state.latestRevision, state.approvedRevision);
    }

    /** The review's decision, as the {@code declaration-reviewed} event carries it. */
    public enum Decision {
        APPROVED, RETURNED, REJECTED
    }

    /** Applies a submission once; a redelivered event (same id) or an already frozen revision changes nothing. */
    @Transactional
    public void freeze(String eventId, String causedBy, UUID declarationId, int revision, String departmentCode,
            Integer indicatorSetVersion) {
        if (!ProcessedEvent.firstTime(eventId)) {
            Log.debugf("Event %s already applied", eventId);
            return;
        }
        DeclarationState state = DeclarationState.findById(declarationId);
        if (state != null && state.latestRevision >= revision) {
            Log.infof("Revision %d of declaration %s is already frozen", revision, declarationId);
            return;
        }
        Lifecycle before = lifecycle(state);
        int copied = 0;
        for (Indicator indicator : submittedSet(state, declarationId, indicatorSetVersion)) {
            indicator.copyFor(revision).persist();
            copied++;
        }
        if (state != null && state.workingVersion > 1) {
            // no later submission can name an earlier version: the kept ones go
            Indicator.delete("declarationId = ?1 and revision < 0", declarationId);
        }
        if (state != null) {
            state.keptFromVersion = state.workingVersion;
        }
        boolean known = state != null;
        if (!known) {
            state = new DeclarationState();
            state.declarationId = declarationId;
        }
        DeclarationAccessService.confirmDepartment(state, departmentCode);
        state.locked = true;
        state.latestRevision = revision;
        state.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (!known) {
            state.persist();
        }
        audit.recordEvent(SERVICE, eventId, causedBy, "indicators.freeze", "declaration-indicators", declarationId, before,
                lifecycle(state));
        Log.infof("Froze %d indicators of declaration %s as revision %d", copied, declarationId, revision);
    }

    /**
     * The indicator set a submission named (see {@link Indicator#ofVersion}); a submission from before versions
     * (none named) takes the working copy. budget-service refuses a submission naming a version this service does
     * not keep when it can ask; one that got through anyway is frozen empty, which the pre-review reports.
     */
    private static List<Indicator> submittedSet(DeclarationState state, UUID declarationId, Integer version) {
        if (version == null) {
            return Indicator.of(declarationId, Indicator.WORKING_COPY);
        }
        return Indicator.ofVersion(state, declarationId, version).orElseGet(() -> {
            Log.warnf("Declaration %s was submitted with indicator set version %d, which this service does not keep"
                    + " (it is at %s): frozen without indicators", declarationId, version,
                    state == null ? "none" : state.workingVersion);
            return List.of();
        });
    }

    /** Applies a review decision once; a decision about an older revision than the latest frozen one is ignored. */
    @Transactional
    public void applyDecision(String eventId, String causedBy, UUID declarationId, int revision, Decision decision) {
        if (!ProcessedEvent.firstTime(eventId)) {
            return;
        }
        DeclarationState state = DeclarationState.findById(declarationId);
        if (state == null || state.latestRevision != revision) {
            Log.warnf("Decision %s on declaration %s revision %d ignored: latest frozen revision is %s", decision,
                    declarationId, revision, state == null ? "none" : state.latestRevision);
            return;
        }
        Lifecycle before = lifecycle(state);
        switch (decision) {
            case APPROVED -> state.approvedRevision = revision;
            case RETURNED -> state.locked = false;
            case REJECTED -> state.locked = true;
        }
        state.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        audit.recordEvent(SERVICE, eventId, causedBy, "indicators.decision", "declaration-indicators", declarationId, before,
                lifecycle(state));
        Log.infof("Declaration %s revision %d %s", declarationId, revision, decision);
    }
}
