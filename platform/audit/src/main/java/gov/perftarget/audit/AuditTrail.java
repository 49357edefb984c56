package gov.perftarget.audit;

import gov.perftarget.api.ContentChanges;
import gov.perftarget.security.Caller;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Records every state change of a service in its audit trail (审计记录), in the transaction of the
 * change itself: a change that rolls back leaves no record, and no change goes unrecorded.
 */
@ApplicationScoped
public class AuditTrail {

    private final Caller caller;

    public AuditTrail(Caller caller) {
        this.caller = caller;
    }

    /** Records a change made by the caller of the current request. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordCall(String action, String resourceType, Object resourceId, Object before, Object after) {
        record(caller.name(), action, resourceType, resourceId, before, after);
    }

    /**
     * Records a change an event caused, applied by this service: the actor is whoever caused the
     * event ({@code causedBy}, carried in the event) or, for an event no person caused, the service.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordEvent(String service, String eventId, String causedBy, String action, String resourceType,
            Object resourceId, Object before, Object after) {
        String actor = (causedBy == null || causedBy.isBlank() ? "system:" + service : causedBy) + " (event " + eventId + ")";
        record(actor, action, resourceType, resourceId, before, after);
    }

    /**
     * Records that {@code actor} did {@code action} to a resource, with the fields that changed from
     * {@code before} (null for a creation) to {@code after}; both are the resource as the API shows it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void record(String actor, String action, String resourceType, Object resourceId, Object before,
            Object after) {
        AuditRecord record = new AuditRecord();
        record.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        record.actor = actor;
        record.action = action;
        record.resourceType = resourceType;
        record.resourceId = String.valueOf(resourceId);
        record.changes = List.copyOf(ContentChanges.between(before == null ? Map.of() : before,
                after == null ? Map.of() : after));
        record.persist();
    }

}
