package gov.perftarget.indicator.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.perftarget.audit.AuditRecordEndpoint;

/** This service's audit trail (审计记录), for admins: the shared read endpoint of platform/audit. */
@Path(AuditRecordEndpoint.PATH)
@Tag(name = AuditRecordEndpoint.TAG, description = AuditRecordEndpoint.TAG_DESCRIPTION)
public class AuditRecordResource extends AuditRecordEndpoint {
}
