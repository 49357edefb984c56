package gov.perftarget.review.representation;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.perftarget.review.domain.MonitoringRuleSet;
import gov.perftarget.review.domain.monitoring.MonitoringRules;

/** One version of a fiscal year's monitoring rules; version 0 (stored false) is the defaults of docs/domain.md §8. */
@Schema(description = "绩效运行监控规则 a version of the year's monitoring rules")
public record MonitoringRuleSetResponse(int fiscalYear, int version, boolean stored, String note,
        OffsetDateTime createdAt, MonitoringRules rules) {

    public static MonitoringRuleSetResponse of(MonitoringRuleSet set) {
        return new MonitoringRuleSetResponse(set.fiscalYear, set.version, set.version > 0, set.note, set.createdAt,
                set.rules);
    }
}
