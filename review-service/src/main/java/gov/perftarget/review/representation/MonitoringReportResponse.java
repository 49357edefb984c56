package gov.perftarget.review.representation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.perftarget.review.domain.MonitoringReport;
import gov.perftarget.review.domain.monitoring.MonitoringResult;
import gov.perftarget.review.service.MonitoringService;

/**
 * 监控报告: what the department entered, the assessment with every number traced, and — for a draft — what a
 * submission would still refuse ({@code openPoints}, empty when it can be submitted).
 */
@Schema(description = "监控报告 a monitoring report with its lights")
public record MonitoringReportResponse(UUID id, UUID roundId, UUID declarationId, int revision, String departmentCode,
        String departmentName, MonitoringReport.Status status, MonitoringReport.Inputs inputs, MonitoringResult result,
        @Schema(description = "what a submission would refuse, by field (in Chinese and English); empty when the"
                + " report can be submitted") List<OpenPoint> openPoints,
        OffsetDateTime savedAt, OffsetDateTime submittedAt, String submittedBy, long version) {

    /** A field a submission would refuse, and why. */
    @Schema(name = "MonitoringOpenPoint", description = "待补充 what a submission would still refuse")
    public record OpenPoint(String field, String message, String messageEn) {
    }

    public static MonitoringReportResponse of(MonitoringReport report) {
        return new MonitoringReportResponse(report.id, report.roundId, report.declarationId, report.revision,
                report.departmentCode, report.departmentName, report.status, report.inputs, report.result,
                report.status == MonitoringReport.Status.SUBMITTED ? List.of()
                        : MonitoringService.openPoints(report).stream()
                                .map(p -> new OpenPoint(p.field(), p.text().zh(), p.text().en())).toList(),
                report.savedAt, report.submittedAt, report.submittedBy, report.version);
    }
}
