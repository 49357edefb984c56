package gov.perftarget.review.service;

import static gov.perftarget.review.Messages.MESSAGES;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import gov.perftarget.api.ApiException;
import gov.perftarget.api.InvalidField;
import gov.perftarget.api.ProblemType;
import gov.perftarget.audit.AuditTrail;
import gov.perftarget.messaging.outbox.EventOutbox;
import gov.perftarget.review.client.IndicatorServiceClient;
import gov.perftarget.review.client.IndicatorServiceReads;
import gov.perftarget.review.domain.MeasureKind;
import gov.perftarget.review.domain.MonitoringReport;
import gov.perftarget.review.domain.MonitoringRound;
import gov.perftarget.review.domain.MonitoringRuleSet;
import gov.perftarget.review.domain.Review;
import gov.perftarget.review.domain.ReviewStatus;
import gov.perftarget.review.domain.events.MonitoringReported;
import gov.perftarget.review.domain.monitoring.Light;
import gov.perftarget.review.domain.monitoring.MonitoringAssessment;
import gov.perftarget.review.domain.monitoring.MonitoringInput;
import gov.perftarget.review.domain.monitoring.MonitoringResult;
import gov.perftarget.review.representation.MonitoringReportRequest;
import gov.perftarget.review.representation.MonitoringRoundRequest;
import gov.perftarget.security.Caller;

/**
 * 绩效运行监控 (docs/domain.md §8): admins open rounds; each department with an approved revision of the round's
 * year reports on it — executed to date, progress values and forecasts — as a draft it may save again, then
 * submits it, which freezes it and announces it ({@code monitoring-reported}). Every report is assessed with the
 * rule set version its round recorded; progress values not entered come from indicator-service.
 */
@ApplicationScoped
public class MonitoringService {

    /** The days after the cut-off a report is due by when the admin names no due date. */
    static final int DEFAULT_DAYS_TO_REPORT = 15;

    private final MonitoringRuleSetService ruleSets;
    private final IndicatorServiceClient indicatorService;
    private final Caller caller;
    private final AuditTrail audit;
    private final EventOutbox outbox;

    public MonitoringService(MonitoringRuleSetService ruleSets, @RestClient IndicatorServiceClient indicatorService,
            Caller caller, AuditTrail audit, EventOutbox outbox) {
        this.ruleSets = ruleSets;
        this.indicatorService = indicatorService;
        this.caller = caller;
        this.audit = audit;
        this.outbox = outbox;
    }

    /** Opens a round; the cut-off must lie in the fiscal year, and the due date not before it. */
    @Transactional
    public MonitoringRound open(MonitoringRoundRequest request) {
        MonitoringRuleSet ruleSet = request.ruleSetVersion() == null ? ruleSets.current(request.fiscalYear())
                : ruleSets.version(request.fiscalYear(), request.ruleSetVersion());
        LocalDate cutOff = request.cutOffDate() != null ? request.cutOffDate()
                : ruleSet.rules.cutOff().atYear(request.fiscalYear());
        LocalDate due = request.dueDate() != null ? request.dueDate() : cutOff.plusDays(DEFAULT_DAYS_TO_REPORT);
        List<InvalidField> errors = new ArrayList<>();
        if (cutOff.getYear() != request.fiscalYear()) {
            errors.add(new InvalidField("cutOffDate", MESSAGES.text("monitoring.cut-off-outside-year", request.fiscalYear())));
        }
        if (due.isBefore(cutOff)) {
            errors.add(new InvalidField("dueDate", MESSAGES.text("monitoring.due-before-cut-off", cutOff)));
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(ProblemType.MONITORING_ROUND_INVALID,
                    MESSAGES.text("problem.monitoring-round-invalid"), errors);
        }
        MonitoringRound round = new MonitoringRound();
        round.id = UUID.randomUUID();
        round.fiscalYear = request.fiscalYear();
        round.cutOffDate = cutOff;
        round.dueDate = due;
        round.ruleSetVersion = ruleSet.version;
        round.openedAt = OffsetDateTime.now(ZoneOffset.UTC);
        round.openedBy = caller.name();
        round.persist();
        audit.recordCall("monitoring-round.open", "monitoring-round", round.id, null, request);
        return round;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MonitoringRound> rounds(Integer fiscalYear) {
        return fiscalYear == null ? MonitoringRound.list("order by cutOffDate desc, openedAt desc")
                : MonitoringRound.list("fiscalYear = ?1 order by cutOffDate desc, openedAt desc", fiscalYear);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MonitoringRound round(UUID id) {
        return MonitoringRound.<MonitoringRound>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound(MESSAGES.text("resource.monitoring-round"), id));
    }

    /** A department's report, if the caller may see it (a declarant: its own department's only). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MonitoringReport report(UUID roundId, UUID declarationId) {
        round(roundId);
        return MonitoringReport.of(roundId, declarationId).filter(report -> caller.mayAccess(report.departmentCode))
                .orElseThrow(() -> ApiException.notFound(MESSAGES.text("resource.monitoring-report"),
                        roundId + "/" + declarationId));
    }

    /** Saves the report as a draft (creating it on the first save) and assesses it; 409 once it is submitted. */
    @Transactional
    public MonitoringReport save(UUID roundId, UUID declarationId, MonitoringReportRequest request) {
        MonitoringRound round = round(roundId);
        Review approved = approvedRevision(declarationId, round.fiscalYear);
        MonitoringReport report = MonitoringReport.locked(roundId, declarationId).orElse(null);
        refuseIfSubmitted(report);
        List<IndicatorServiceClient.MeasureValue> measures = measureValues(declarationId, approved.revision);
        MonitoringReport.Inputs inputs = inputs(request, measures);
        boolean created = report == null;
        MonitoringReport.Inputs before = created ? null : report.inputs;
        if (created) {
            report = new MonitoringReport();
            report.id = UUID.randomUUID();
            report.roundId = roundId;
            report.declarationId = declarationId;
            report.departmentCode = approved.departmentCode;
            report.departmentName = approved.departmentName;
        }
        report.revision = approved.revision;
        report.status = MonitoringReport.Status.DRAFT;
        report.inputs = inputs;
        report.result = assess(round, approved, measures, inputs);
        report.savedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (created) {
            report.persist();
        }
        audit.recordCall("monitoring-report.save", "monitoring-report", report.id, before, inputs);
        return report;
    }

    /**
     * Submits the saved draft: assessed again with indicator-service's latest progress values, refused (422, each
     * field named) while a forecast, the executed amount, or a reason and correction a light asks for is missing;
     * then frozen, audited and announced.
     */
    @Transactional
    public MonitoringReport submit(UUID roundId, UUID declarationId) {
        MonitoringRound round = round(roundId);
        MonitoringReport report = MonitoringReport.locked(roundId, declarationId)
                .filter(found -> caller.mayAccess(found.departmentCode))
                .orElseThrow(() -> ApiException.notFound(MESSAGES.text("resource.monitoring-report"),
                        roundId + "/" + declarationId));
        refuseIfSubmitted(report);
        Review approved = approvedRevision(declarationId, round.fiscalYear);
        report.result = assess(round, approved, measureValues(declarationId, approved.revision), report.inputs);
        List<InvalidField> open = openPoints(report);
        if (!open.isEmpty()) {
            throw ApiException.unprocessable(ProblemType.MONITORING_REPORT_INCOMPLETE,
                    MESSAGES.text("problem.monitoring-report-incomplete", open.size()), open);
        }
        report.status = MonitoringReport.Status.SUBMITTED;
        report.submittedAt = OffsetDateTime.now(ZoneOffset.UTC);
        report.submittedBy = caller.name();
        MonitoringReported reported = MonitoringReported.of(report, round, caller.name());
        audit.recordCall("monitoring-report.submit", "monitoring-report", report.id, MonitoringReport.Status.DRAFT, reported);
        outbox.add(reported);
        return report;
    }

    /**
     * What a submission of this report would refuse: the executed amount; each measure's forecast; the deviation
     * reason and corrective measure of every yellow or red light (the budget execution's and the measures').
     */
    public static List<InvalidField> openPoints(MonitoringReport report) {
        List<InvalidField> open = new ArrayList<>();
        MonitoringReport.Inputs inputs = report.inputs;
        if (inputs.executedToDate() == null) {
            open.add(new InvalidField("executedToDate", MESSAGES.text("monitoring.executed-missing")));
        } else if (report.result.execution().light() != null && report.result.execution().light().needsExplanation()) {
            if (blank(inputs.executionDeviationReason())) {
                open.add(new InvalidField("executionDeviationReason",
                        MESSAGES.text("monitoring.execution-reason-missing")));
            }
            if (blank(inputs.executionCorrectiveMeasure())) {
                open.add(new InvalidField("executionCorrectiveMeasure",
                        MESSAGES.text("monitoring.execution-correction-missing")));
            }
        }
        for (MonitoringResult.MeasureResult measure : report.result.measures()) {
            int index = inputs.indexOf(measure.indicatorPosition(), measure.measureIndex());
            Integer at = index < 0 ? null : index;
            String field = at == null ? "measures" : "measures[" + at + "]";
            if (measure.forecast() == null) {
                open.add(new InvalidField(at == null ? field : field + ".forecast", MESSAGES.text(
                        "monitoring.forecast-missing", measure.indicatorPosition(), measure.measureIndex())));
            }
            if (measure.light() != null && measure.light().needsExplanation()) {
                MonitoringReport.MeasureEntry entry = at == null ? null : inputs.measures().get(at);
                if (entry == null || blank(entry.deviationReason())) {
                    open.add(new InvalidField(at == null ? field : field + ".deviationReason", MESSAGES.text(
                            "monitoring.reason-missing", measure.indicatorPosition(), measure.measureIndex())));
                }
                if (entry == null || blank(entry.correctiveMeasure())) {
                    open.add(new InvalidField(at == null ? field : field + ".correctiveMeasure", MESSAGES.text(
                            "monitoring.correction-missing", measure.indicatorPosition(), measure.measureIndex())));
                }
            }
        }
        return open;
    }

    /** 监控总览: one row per declaration expected to report (an approved revision of the round's year). */
    @Schema(name = "MonitoringOverviewRow", description = "监控总览的一行 (one declaration in a round's overview)")
    public record OverviewRow(UUID declarationId, int revision, String departmentCode, String departmentName,
            MonitoringReport.Status reportStatus, boolean reported, boolean overdue, Light light,
            BigDecimal executionProgress, BigDecimal executionDeviation, Light executionLight, int greenCount,
            int yellowCount, int redCount, OffsetDateTime submittedAt) {
    }

    /** The rows of the round's overview; lights and figures only of submitted reports. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OverviewRow> overview(UUID roundId) {
        MonitoringRound round = round(roundId);
        Map<UUID, MonitoringReport> reports = new HashMap<>();
        MonitoringReport.ofRound(roundId).forEach(report -> reports.put(report.declarationId, report));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<OverviewRow> rows = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (Review review : Review.<Review>list("fiscalYear = ?1 and status = ?2 order by declarationId, revision desc",
                round.fiscalYear, ReviewStatus.APPROVED)) {
            if (!seen.add(review.declarationId)) {
                continue; // an earlier approved revision of the same declaration
            }
            MonitoringReport report = reports.get(review.declarationId);
            boolean submitted = report != null && report.status == MonitoringReport.Status.SUBMITTED;
            MonitoringResult result = submitted ? report.result : null;
            rows.add(new OverviewRow(review.declarationId, review.revision, review.departmentCode, review.departmentName,
                    report == null ? null : report.status, submitted, !submitted && round.overdueOn(today),
                    result == null ? null : result.light(),
                    result == null ? null : result.execution().progress(),
                    result == null ? null : result.execution().deviation(),
                    result == null ? null : result.execution().light(),
                    result == null ? 0 : result.counts().green(), result == null ? 0 : result.counts().yellow(),
                    result == null ? 0 : result.counts().red(), submitted ? report.submittedAt : null));
        }
        return rows;
    }

    /** 红灯指标: a red measure of a submitted report, with the department's reason and correction. */
    @Schema(name = "MonitoringRedMeasure", description = "红灯指标 (a red measure with its reason and correction)")
    public record RedMeasure(UUID declarationId, String departmentCode, String departmentName, int indicatorPosition,
            String indicatorName, int measureIndex, String text, BigDecimal target, BigDecimal progressValue,
            BigDecimal achievementProgress, BigDecimal deviation, String forecast, String deviationReason,
            String correctiveMeasure) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RedMeasure> redMeasures(UUID roundId) {
        round(roundId);
        List<RedMeasure> red = new ArrayList<>();
        for (MonitoringReport report : MonitoringReport.<MonitoringReport>list(
                "roundId = ?1 and status = ?2 order by departmentCode", roundId, MonitoringReport.Status.SUBMITTED)) {
            for (MonitoringResult.MeasureResult measure : report.result.measures()) {
                if (measure.light() != Light.RED) {
                    continue;
                }
                MonitoringReport.MeasureEntry entry = report.inputs.entry(measure.indicatorPosition(),
                        measure.measureIndex()).orElse(null);
                red.add(new RedMeasure(report.declarationId, report.departmentCode, report.departmentName,
                        measure.indicatorPosition(), measure.indicatorName(), measure.measureIndex(), measure.text(),
                        measure.target(), measure.progressValue(), measure.achievementProgress(), measure.deviation(),
                        measure.forecast() == null ? null : measure.forecast().name(),
                        entry == null ? null : entry.deviationReason(), entry == null ? null : entry.correctiveMeasure()));
            }
        }
        return red;
    }

    /** The declaration's latest approved revision of the year, if the caller may see it. */
    private Review approvedRevision(UUID declarationId, int fiscalYear) {
        Review review = Review.<Review>find("declarationId = ?1 and status = ?2 order by revision desc", declarationId,
                ReviewStatus.APPROVED).firstResultOptional().filter(found -> caller.mayAccess(found.departmentCode))
                .orElseThrow(() -> ApiException.notFound(MESSAGES.text("resource.approved-revision"), declarationId));
        if (review.fiscalYear != fiscalYear) {
            throw ApiException.notFound(MESSAGES.text("resource.approved-revision"), declarationId + " " + fiscalYear);
        }
        return review;
    }

    private static void refuseIfSubmitted(MonitoringReport report) {
        if (report != null && report.status == MonitoringReport.Status.SUBMITTED) {
            throw ApiException.conflict(ProblemType.MONITORING_REPORT_SUBMITTED,
                    MESSAGES.text("problem.monitoring-report-submitted", report.submittedAt));
        }
    }

    /** The request as stored; an entry for a measure the revision does not have, or one given twice, is refused. */
    private static MonitoringReport.Inputs inputs(MonitoringReportRequest request,
            List<IndicatorServiceClient.MeasureValue> measures) {
        Set<String> known = new HashSet<>();
        measures.forEach(measure -> known.add(measure.indicatorPosition() + "/" + measure.measureIndex()));
        List<MonitoringReportRequest.MeasureEntry> entries = request.measures() == null ? List.of() : request.measures();
        List<InvalidField> errors = new ArrayList<>();
        Set<String> given = new HashSet<>();
        List<MonitoringReport.MeasureEntry> stored = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            MonitoringReportRequest.MeasureEntry entry = entries.get(i);
            String key = entry.indicatorPosition() + "/" + entry.measureIndex();
            if (!known.contains(key)) {
                errors.add(new InvalidField("measures[" + i + "]", MESSAGES.text("monitoring.no-such-measure",
                        entry.indicatorPosition(), entry.measureIndex())));
            } else if (!given.add(key)) {
                errors.add(new InvalidField("measures[" + i + "]", MESSAGES.text("monitoring.measure-given-twice",
                        entry.indicatorPosition(), entry.measureIndex())));
            }
            stored.add(new MonitoringReport.MeasureEntry(entry.indicatorPosition(), entry.measureIndex(),
                    entry.progressValue(), entry.forecast(), strip(entry.deviationReason()), strip(entry.correctiveMeasure())));
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(ProblemType.MONITORING_REPORT_INCOMPLETE,
                    MESSAGES.text("problem.monitoring-report-unknown-measures"), errors);
        }
        return new MonitoringReport.Inputs(request.executedToDate(), strip(request.executionDeviationReason()),
                strip(request.executionCorrectiveMeasure()), stored);
    }

    /** The assessment of the inputs against the approved revision's budget and annual measures, with the round's rules. */
    private MonitoringResult assess(MonitoringRound round, Review approved,
            List<IndicatorServiceClient.MeasureValue> measures, MonitoringReport.Inputs inputs) {
        MonitoringRuleSet ruleSet = ruleSets.version(round.fiscalYear, round.ruleSetVersion);
        List<MonitoringInput.Measure> assessed = measures.stream()
                .sorted(Comparator.comparingInt(IndicatorServiceClient.MeasureValue::indicatorPosition)
                        .thenComparingInt(IndicatorServiceClient.MeasureValue::measureIndex))
                .map(value -> {
                    MonitoringReport.MeasureEntry entry = inputs.entry(value.indicatorPosition(), value.measureIndex())
                            .orElse(null);
                    BigDecimal progress = entry != null && entry.progressValue() != null ? entry.progressValue()
                            : value.progressValue();
                    return new MonitoringInput.Measure(value.indicatorPosition(), value.indicatorName(),
                            value.measureIndex(), value.measure().text(), value.measure().quantitative(),
                            MeasureKind.of(value.measure().metric(), value.measure().unit()), value.measure().comparator(),
                            value.measure().value(), value.measure().unit(), progress,
                            entry == null ? null : entry.forecast());
                })
                .toList();
        BigDecimal budget = approved.result == null ? null : approved.result.budget().expenditureTotal();
        return new MonitoringAssessment(ruleSet.rules, ruleSet.fiscalYear + " v" + ruleSet.version)
                .assess(new MonitoringInput(round.cutOffDate, budget, inputs.executedToDate(), assessed));
    }

    private List<IndicatorServiceClient.MeasureValue> measureValues(UUID declarationId, int revision) {
        return IndicatorServiceReads.read(() -> indicatorService.measureValues(declarationId, revision));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
