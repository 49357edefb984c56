package gov.perftarget.review.domain.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import gov.perftarget.messaging.outbox.RevisionEvent;
import gov.perftarget.review.domain.MonitoringReport;
import gov.perftarget.review.domain.MonitoringRound;
import gov.perftarget.review.domain.monitoring.Light;
import gov.perftarget.review.domain.monitoring.MonitoringResult;

/**
 * Data of the {@code monitoring-reported} event (key: the declaration id): a department submitted its monitoring
 * report (监控报告) on an approved revision, with its lights — for example, so that a red budget execution light
 * can start a budget adjustment. budget-service keeps the latest with the declaration. {@code actor} is the
 * declarant who submitted.
 */
public record MonitoringReported(UUID declarationId, int revision, UUID roundId, int fiscalYear, LocalDate cutOffDate,
        String departmentCode, Light light, Execution execution, int greenCount, int yellowCount, int redCount,
        List<RedMeasure> redMeasures, OffsetDateTime reportedAt, String actor) implements RevisionEvent {

    public static final String TYPE = "monitoring-reported";

    /** Budget execution at the cut-off: progress and deviation in percent and percentage points. */
    public record Execution(BigDecimal executedToDate, BigDecimal progress, BigDecimal deviation, Light light) {
    }

    /** A measure with a red light. */
    public record RedMeasure(int indicatorPosition, int measureIndex, String indicatorName) {
    }

    @Override
    public String type() {
        return TYPE;
    }

    public static MonitoringReported of(MonitoringReport report, MonitoringRound round, String actor) {
        MonitoringResult result = report.result;
        return new MonitoringReported(report.declarationId, report.revision, round.id, round.fiscalYear,
                round.cutOffDate, report.departmentCode, result.light(),
                new Execution(result.execution().executedToDate(), result.execution().progress(),
                        result.execution().deviation(), result.execution().light()),
                result.counts().green(), result.counts().yellow(), result.counts().red(),
                result.measures().stream().filter(measure -> measure.light() == Light.RED)
                        .map(measure -> new RedMeasure(measure.indicatorPosition(), measure.measureIndex(),
                                measure.indicatorName()))
                        .toList(),
                report.submittedAt, actor);
    }
}
