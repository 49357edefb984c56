package gov.perftarget.review.domain.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import gov.perftarget.review.domain.SubmittedRevision;

/** Data of the {@code declaration-submitted} event, as budget-service publishes it; {@code actor} is who submitted it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeclarationSubmitted(UUID declarationId, int revision, OffsetDateTime submittedAt,
        SubmittedRevision declaration, String actor) {
}
