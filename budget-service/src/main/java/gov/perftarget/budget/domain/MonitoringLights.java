package gov.perftarget.budget.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 监控结果: the lights of the declaration's latest submitted monitoring report, as review-service announced them
 * ({@code monitoring-reported}); a red budget execution light is the cue for a budget adjustment.
 *
 * @param light               the declaration's light (GREEN, YELLOW, RED): the worst of execution and measures
 * @param executionProgress   executed to date over the approved expenditure total, in percent
 * @param executionDeviation  execution progress − time progress, in percentage points
 */
@Schema(description = "监控结果 the lights of the latest monitoring report")
public record MonitoringLights(UUID roundId, int revision, LocalDate cutOffDate, String light,
        BigDecimal executionProgress, BigDecimal executionDeviation, String executionLight, int greenCount,
        int yellowCount, int redCount, OffsetDateTime reportedAt) {
}
