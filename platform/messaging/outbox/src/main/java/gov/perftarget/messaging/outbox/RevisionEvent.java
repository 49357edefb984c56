package gov.perftarget.messaging.outbox;

import java.util.UUID;

/**
 * An event about one revision of a declaration, as every event the services exchange is: keyed by the
 * declaration (its events stay in order), with the revision as subject.
 */
public interface RevisionEvent extends ExportedEvent {

    UUID declarationId();

    int revision();

    @Override
    default UUID key() {
        return declarationId();
    }

    @Override
    default String subject() {
        return "declarations/" + declarationId() + "/revisions/" + revision();
    }
}
