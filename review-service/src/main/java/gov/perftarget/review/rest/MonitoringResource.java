package gov.perftarget.review.rest;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.perftarget.api.ApiDocumentFilter;
import gov.perftarget.api.Attachments;
import gov.perftarget.api.FiscalYear;
import gov.perftarget.api.Page;
import gov.perftarget.api.PageRequest;
import gov.perftarget.api.ProblemResponses;
import gov.perftarget.review.domain.MonitoringRound;
import gov.perftarget.review.domain.monitoring.Light;
import gov.perftarget.review.representation.MonitoringReportRequest;
import gov.perftarget.review.representation.MonitoringReportResponse;
import gov.perftarget.review.representation.MonitoringRoundRequest;
import gov.perftarget.review.representation.MonitoringRoundResponse;
import gov.perftarget.review.representation.MonitoringRuleSetRequest;
import gov.perftarget.review.representation.MonitoringRuleSetResponse;
import gov.perftarget.review.service.MonitoringRuleSetService;
import gov.perftarget.review.service.MonitoringService;
import gov.perftarget.review.service.MonitoringService.OverviewRow;
import gov.perftarget.security.Roles;
import gov.perftarget.workbooks.TableWorkbook;

@Path("/api/v1")
@Tag(name = "Monitoring", description = "绩效运行监控 mid-year monitoring: rounds, departments' reports with their lights,"
        + " the finance bureau's overview, and the monitoring rule sets")
@Produces(MediaType.APPLICATION_JSON)
public class MonitoringResource {

    private final MonitoringService monitoring;
    private final MonitoringRuleSetService ruleSets;

    public MonitoringResource(MonitoringService monitoring, MonitoringRuleSetService ruleSets) {
        this.monitoring = monitoring;
        this.ruleSets = ruleSets;
    }

    @POST
    @Path("/monitoring-rounds")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "openMonitoringRound",
            extensions = @Extension(name = ApiDocumentFilter.PROBLEM_TYPES, value = "monitoring-round-invalid"),
            summary = "Open a monitoring round for a fiscal year (开启监控轮次);"
            + " every department with an approved revision of that year is expected to report")
    @APIResponse(responseCode = "201", description = "opened; Location is the round",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonitoringRoundResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Unprocessable
    public Response open(@NotNull(message = "{validation.request-body-is-required}") @Valid MonitoringRoundRequest request) {
        MonitoringRoundResponse round = MonitoringRoundResponse.of(monitoring.open(request));
        return Response.created(URI.create("/api/v1/monitoring-rounds/" + round.id())).entity(round).build();
    }

    @GET
    @Path("/monitoring-rounds")
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "listMonitoringRounds", summary = "The monitoring rounds, latest cut-off first (监控轮次)")
    @ProblemResponses.BadRequest
    @APIResponse(responseCode = "200", description = "the rounds", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MonitoringRoundResponse.class, type = SchemaType.ARRAY)))
    public List<MonitoringRoundResponse> rounds(@QueryParam("fiscalYear") @FiscalYear Integer fiscalYear) {
        return monitoring.rounds(fiscalYear).stream().map(MonitoringRoundResponse::of).toList();
    }

    @GET
    @Path("/monitoring-rounds/{roundId}")
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "getMonitoringRound", summary = "Read a monitoring round (查看监控轮次)")
    @ProblemResponses.NotFound
    @APIResponseSchema(value = MonitoringRoundResponse.class, responseCode = "200", responseDescription = "the round")
    public MonitoringRoundResponse round(@PathParam("roundId") UUID roundId) {
        return MonitoringRoundResponse.of(monitoring.round(roundId));
    }

    @PUT
    @Path("/monitoring-rounds/{roundId}/reports/{declarationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DECLARANT)
    @Operation(operationId = "saveMonitoringReport",
            extensions = @Extension(name = ApiDocumentFilter.PROBLEM_TYPES, value = "indicator-service-unavailable monitoring-report-incomplete monitoring-report-submitted"),
            summary = "Save the department's monitoring report on its approved"
            + " revision as a draft (保存监控报告); answered with its lights and what a submission would still need")
    @APIResponseSchema(value = MonitoringReportResponse.class, responseCode = "200", responseDescription = "saved and assessed")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @APIResponse(responseCode = "503", description = "indicator-service cannot be read now",
            content = @Content(mediaType = "application/problem+json"))
    public MonitoringReportResponse save(@PathParam("roundId") UUID roundId, @PathParam("declarationId") UUID declarationId,
            @NotNull(message = "{validation.request-body-is-required}") @Valid MonitoringReportRequest request) {
        return MonitoringReportResponse.of(monitoring.save(roundId, declarationId, request));
    }

    @POST
    @Path("/monitoring-rounds/{roundId}/reports/{declarationId}/submit")
    @RolesAllowed(Roles.DECLARANT)
    @Operation(operationId = "submitMonitoringReport",
            extensions = @Extension(name = ApiDocumentFilter.PROBLEM_TYPES, value = "indicator-service-unavailable monitoring-report-incomplete monitoring-report-submitted"),
            summary = "Submit the saved report (报送监控报告): frozen, audited"
            + " and published as monitoring-reported; 422 naming every field still missing")
    @APIResponseSchema(value = MonitoringReportResponse.class, responseCode = "200", responseDescription = "submitted")
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @APIResponse(responseCode = "503", description = "indicator-service cannot be read now",
            content = @Content(mediaType = "application/problem+json"))
    public MonitoringReportResponse submit(@PathParam("roundId") UUID roundId, @PathParam("declarationId") UUID declarationId) {
        return MonitoringReportResponse.of(monitoring.submit(roundId, declarationId));
    }

    @GET
    @Path("/monitoring-rounds/{roundId}/reports/{declarationId}")
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "getMonitoringReport", summary = "Read a department's monitoring report with its lights (查看监控报告)")
    @ProblemResponses.NotFound
    @APIResponseSchema(value = MonitoringReportResponse.class, responseCode = "200", responseDescription = "the report")
    public MonitoringReportResponse report(@PathParam("roundId") UUID roundId, @PathParam("declarationId") UUID declarationId) {
        return MonitoringReportResponse.of(monitoring.report(roundId, declarationId));
    }

    /** A page of the overview, for the OpenAPI document (generic records have no schema of their own). */
    @Schema(name = "MonitoringOverviewPage", description = "监控总览的一页 (one page of a round's overview)")
    public record OverviewPage(List<OverviewRow> items, int page, int size, @Schema(description = Page.TOTAL) long total) {
    }

    /** The overview's sort fields; by default the worst light first, then department code. */
    static final PageRequest.Sortable<Comparator<OverviewRow>> OVERVIEW_SORTABLE = new PageRequest.Sortable<>(Map.of(
            "departmentCode", Comparator.comparing(OverviewRow::departmentCode),
            "light", nullsFirst(OverviewRow::light),
            "executionProgress", nullsFirst(OverviewRow::executionProgress),
            "executionDeviation", nullsFirst(OverviewRow::executionDeviation),
            "redCount", Comparator.comparingInt(OverviewRow::redCount),
            "yellowCount", Comparator.comparingInt(OverviewRow::yellowCount),
            "submittedAt", nullsFirst(OverviewRow::submittedAt)), "-light,departmentCode");

    private static <T extends Comparable<? super T>> Comparator<OverviewRow> nullsFirst(Function<OverviewRow, T> key) {
        return Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    @GET
    @Path("/monitoring-rounds/{roundId}/overview")
    @RolesAllowed({ Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "getMonitoringOverview", summary = "The finance bureau's overview of a round (监控总览):"
            + " every department expected to report, side by side",
            description = "One row per declaration with an approved revision of the round's year: its light, budget"
                    + " execution, counts of green/yellow/red measures (of a submitted report), whether it reported and"
                    + " whether it is overdue. Sorts by light, departmentCode, executionProgress, executionDeviation,"
                    + " redCount, yellowCount, submittedAt (default -light,departmentCode: red first).")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @APIResponseSchema(value = OverviewPage.class, responseCode = "200", responseDescription = "one page of the overview")
    public Page<OverviewRow> overview(@PathParam("roundId") UUID roundId, @BeanParam OverviewFilter filter,
            @Valid @BeanParam PageRequest paging) {
        return paging.page(overviewRows(roundId, filter, paging));
    }

    @GET
    @Path("/monitoring-rounds/{roundId}/overview.xlsx")
    @Produces(TableWorkbook.MEDIA_TYPE)
    @RolesAllowed({ Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "exportMonitoringOverview", summary = "The round's overview as a printable workbook (监控总览表),"
            + " every row that the filters and sort select")
    @APIResponse(responseCode = "200", description = "the workbook",
            content = @Content(mediaType = TableWorkbook.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    example = "(an .xlsx workbook)"))
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    public Response exportOverview(@PathParam("roundId") UUID roundId, @BeanParam OverviewFilter filter,
            @Valid @BeanParam PageRequest paging) {
        MonitoringRound round = monitoring.round(roundId);
        byte[] workbook = MonitoringOverviewWorkbook.write(round, overviewRows(roundId, filter, paging));
        String name = round.fiscalYear + "年度绩效运行监控总览（截至" + round.cutOffDate + "）.xlsx";
        return Attachments.of(workbook, name, TableWorkbook.MEDIA_TYPE, "overview");
    }

    /** The overview's filters. */
    public static class OverviewFilter {
        @Parameter(description = "only declarations with this light")
        @QueryParam("light")
        public Light light;

        @Parameter(description = "only those that submitted (true) or not (false)")
        @QueryParam("reported")
        public Boolean reported;

        @Parameter(description = "only those overdue (true) or not (false)")
        @QueryParam("overdue")
        public Boolean overdue;

        @Parameter(description = "部门编码 department code")
        @QueryParam("departmentCode")
        public String departmentCode;

        boolean admits(OverviewRow row) {
            return (light == null || light == row.light()) && (reported == null || reported == row.reported())
                    && (overdue == null || overdue == row.overdue())
                    && (departmentCode == null || departmentCode.equals(row.departmentCode()));
        }
    }

    private List<OverviewRow> overviewRows(UUID roundId, OverviewFilter filter, PageRequest paging) {
        return monitoring.overview(roundId).stream().filter(filter::admits)
                .sorted(paging.comparator(OVERVIEW_SORTABLE, Comparator.comparing(OverviewRow::declarationId)))
                .toList();
    }

    @GET
    @Path("/monitoring-rounds/{roundId}/red-measures")
    @RolesAllowed({ Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "listRedMeasures", summary = "The red measures across the round's submitted reports (红灯指标),"
            + " with each department's reason and correction")
    @ProblemResponses.NotFound
    @APIResponse(responseCode = "200", description = "the red measures, by department", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MonitoringService.RedMeasure.class, type = SchemaType.ARRAY)))
    public List<MonitoringService.RedMeasure> redMeasures(@PathParam("roundId") UUID roundId) {
        return monitoring.redMeasures(roundId);
    }

    @GET
    @Path("/monitoring-rule-sets/{fiscalYear}")
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "getMonitoringRuleSet", summary = "The fiscal year's current monitoring rules (监控规则);"
            + " the defaults of docs/domain.md §8 as version 0 until a version is stored")
    @ProblemResponses.BadRequest
    @APIResponseSchema(value = MonitoringRuleSetResponse.class, responseCode = "200", responseDescription = "the current rules")
    public MonitoringRuleSetResponse currentRules(@PathParam("fiscalYear") @FiscalYear int fiscalYear) {
        return MonitoringRuleSetResponse.of(ruleSets.current(fiscalYear));
    }

    @GET
    @Path("/monitoring-rule-sets/{fiscalYear}/versions/{version}")
    @RolesAllowed({ Roles.DECLARANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "getMonitoringRuleSetVersion", summary = "One version of the year's monitoring rules (0: the defaults)")
    @ProblemResponses.NotFound
    @APIResponseSchema(value = MonitoringRuleSetResponse.class, responseCode = "200", responseDescription = "the version")
    public MonitoringRuleSetResponse rulesVersion(@PathParam("fiscalYear") @FiscalYear int fiscalYear,
            @PathParam("version") int version) {
        return MonitoringRuleSetResponse.of(ruleSets.version(fiscalYear, version));
    }

    @PUT
    @Path("/monitoring-rule-sets/{fiscalYear}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replaceMonitoringRuleSet",
            extensions = @Extension(name = ApiDocumentFilter.PROBLEM_TYPES, value = "conflict monitoring-rules-invalid"),
            summary = "Store a new version of the year's monitoring rules"
            + " (admins); rounds keep the version they were opened with")
    @APIResponse(responseCode = "201", description = "the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonitoringRuleSetResponse.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    public Response replaceRules(@PathParam("fiscalYear") @FiscalYear int fiscalYear,
            @NotNull(message = "{validation.request-body-is-required}") @Valid MonitoringRuleSetRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(MonitoringRuleSetResponse.of(ruleSets.add(fiscalYear, request.rules(), request.note()))).build();
    }
}
