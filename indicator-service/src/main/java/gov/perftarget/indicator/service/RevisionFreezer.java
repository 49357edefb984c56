package gov.perftarget.indicator.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import gov.perftarget.indicator.domain.DeclarationState;
import gov.perftarget.indicator.domain.Indicator;
import gov.perftarget.indicator.domain.ProcessedEvent;

import io.quarkus.logging.Log;

/**
 * Freezes a declaration's indicators when a revision is submitted: the working copy is copied as
 * revision n, and the working copy is locked until the declaration comes back for revision.
 */
@ApplicationScoped
public class RevisionFreezer {

    /** Applies a submission once; a redelivered event (same id) or an already frozen revision changes nothing. */
    @Transactional
    public void freeze(String eventId, UUID declarationId, int revision) {
        if (!ProcessedEvent.firstTime(eventId)) {
            Log.debugf("Event %s already applied", eventId);
            return;
        }
        DeclarationState state = DeclarationState.findById(declarationId);
        if (state != null && state.latestRevision >= revision) {
            Log.infof("Revision %d of declaration %s is already frozen", revision, declarationId);
            return;
        }
        int copied = 0;
        for (Indicator indicator : Indicator.of(declarationId, Indicator.WORKING_COPY)) {
            indicator.copyFor(revision).persist();
            copied++;
        }
        boolean known = state != null;
        if (!known) {
            state = new DeclarationState();
            state.declarationId = declarationId;
        }
        state.locked = true;
        state.latestRevision = revision;
        state.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (!known) {
            state.persist();
        }
        Log.infof("Froze %d indicators of declaration %s as revision %d", copied, declarationId, revision);
    }
}
