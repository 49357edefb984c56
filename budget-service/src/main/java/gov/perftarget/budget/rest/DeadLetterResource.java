package gov.perftarget.budget.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.perftarget.messaging.consuming.DeadLetterEndpoint;

/** The events this service's consumers could not apply (死信), for admins: list and replay (platform/messaging). */
@Path(DeadLetterEndpoint.PATH)
@Tag(name = DeadLetterEndpoint.TAG, description = DeadLetterEndpoint.TAG_DESCRIPTION)
public class DeadLetterResource extends DeadLetterEndpoint {
}
