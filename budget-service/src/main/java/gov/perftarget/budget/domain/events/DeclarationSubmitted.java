package gov.perftarget.budget.domain.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import gov.perftarget.budget.domain.RevisionContent;
import gov.perftarget.messaging.outbox.RevisionEvent;

/**
 * Data of the {@code declaration-submitted} event (key: the declaration id): a department
 * submitted revision {@code revision} of its declaration. It carries the revision's whole content,
 * so that the review works on exactly what was submitted; {@code actor} is who submitted it (token subject);
 * {@code indicatorSetVersion} the version of the declaration's indicators it submits, which indicator-service freezes.
 */
public record DeclarationSubmitted(UUID declarationId, int revision, OffsetDateTime submittedAt,
        RevisionContent declaration, String actor, int indicatorSetVersion) implements RevisionEvent {

    public static final String TYPE = "declaration-submitted";

    @Override
    public String type() {
        return TYPE;
    }
}
