package gov.perftarget.audit;

import gov.perftarget.api.ContentChanges;
import gov.perftarget.api.Filters;
import gov.perftarget.api.Page;
import gov.perftarget.api.PageRequest;
import gov.perftarget.api.ProblemResponses;
import gov.perftarget.api.Timestamps;
import gov.perftarget.security.Roles;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * The audit trail of this service, for admins: read-only, filtered and paged. There is deliberately
 * no operation that changes or removes a record. A service opts in with a resource of its own that
 * extends this one and carries {@link #PATH} and the tag, so that its endpoints are seen in its code.
 */
public abstract class AuditRecordEndpoint {

    public static final String PATH = "/api/v1/audit-records";
    public static final String TAG = "Audit trail";
    public static final String TAG_DESCRIPTION = "审计记录 (audit trail): every state change, who, when and what; append-only";

    /** One audit record as the API shows it. */
    @Schema(name = "AuditRecord", description = "审计记录 (audit record): one state change")
    public record AuditRecordResponse(long id, OffsetDateTime occurredAt, String actor, String action,
            String resourceType, String resourceId, List<ContentChanges.Change> changes) {

        static AuditRecordResponse of(AuditRecord record) {
            return new AuditRecordResponse(record.id, record.occurredAt, record.actor, record.action,
                    record.resourceType, record.resourceId, record.changes);
        }
    }

    /** A page of audit records, for the OpenAPI document (generic records have no schema of their own). */
    @Schema(name = "AuditRecordPage", description = "一页审计记录 (one page of audit records)")
    public record AuditRecordPage(List<AuditRecordResponse> items, int page, int size,
            @Schema(description = Page.TOTAL) long total) {
    }

    static final PageRequest.Sortable<String> SORTABLE = PageRequest.Sortable.jpql("-occurredAt",
            Map.entry("occurredAt", "occurredAt"), Map.entry("actor", "actor"), Map.entry("action", "action"),
            Map.entry("resourceType", "resourceType"));

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed(Roles.ADMIN)
    // the service's own resource carries the path, so the roles are named for the document here
    @SecurityRequirement(name = "bearerJwt", scopes = Roles.ADMIN)
    @Operation(operationId = "listAuditRecords", summary = "List the audit trail (审计记录), newest first",
            description = "Sorts by occurredAt, actor, action, resourceType (default -occurredAt).")
    @APIResponseSchema(value = AuditRecordPage.class, responseCode = "200", responseDescription = "one page of audit records")
    @ProblemResponses.BadRequest
    public Page<AuditRecordResponse> list(
            @QueryParam("resourceType") @Parameter(description = "资源类型 (resource type)", example = "declaration") String resourceType,
            @QueryParam("resourceId") @Parameter(description = "资源标识 (resource id)", example = "6a9e2f4b-1c3d-4e5f-8a7b-9c0d1e2f3a4b") String resourceId,
            @QueryParam("actor") @Parameter(description = "操作人 (actor): a token subject, e.g. declarant-GZSTB", example = "declarant-GZSTB") String actor,
            @QueryParam("action") @Parameter(description = "操作 (action)", example = "declaration.submit") String action,
            @QueryParam("from") @Parameter(description = "起始时间 (from, inclusive), ISO 8601", example = "2026-03-01T00:00:00+08:00") OffsetDateTime from,
            @QueryParam("to") @Parameter(description = "截止时间 (to, exclusive), ISO 8601", example = "2026-04-01T00:00:00+08:00") OffsetDateTime to,
            @Valid @BeanParam PageRequest paging) {
        Timestamps.requireStorable("from", from);
        Timestamps.requireStorable("to", to);
        Filters filters = new Filters().equal("resourceType", resourceType).equal("resourceId", resourceId)
                .equal("actor", actor).equal("action", action)
                .where("occurredAt >= :occurredFrom", "occurredFrom", from).where("occurredAt < :occurredTo", "occurredTo", to);
        return Page.of(AuditRecord.class, filters, SORTABLE, paging,
                (query, parameters) -> AuditRecord.find(query, parameters))
                .map(AuditRecordResponse::of);
    }
}
