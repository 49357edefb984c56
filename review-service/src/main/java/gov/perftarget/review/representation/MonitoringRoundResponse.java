package gov.perftarget.review.representation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.perftarget.review.domain.MonitoringRound;

/** 监控轮次: a monitoring round, its dates and the rule set version it is assessed with. */
@Schema(description = "监控轮次 a monitoring round")
public record MonitoringRoundResponse(UUID id, int fiscalYear, LocalDate cutOffDate, LocalDate dueDate,
        int ruleSetVersion, OffsetDateTime openedAt, String openedBy) {

    public static MonitoringRoundResponse of(MonitoringRound round) {
        return new MonitoringRoundResponse(round.id, round.fiscalYear, round.cutOffDate, round.dueDate,
                round.ruleSetVersion, round.openedAt, round.openedBy);
    }
}
