package gov.perftarget.review.representation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.perftarget.review.domain.monitoring.MonitoringRules;

/** A new version of a fiscal year's monitoring rules, with why it was made. */
@Schema(description = "绩效运行监控规则 a new version of the year's monitoring rules", examples = """
        {"rules": {"cutOffMonth": 6, "cutOffDay": 30, "greenFrom": "-10", "yellowFrom": "-20", "atMostTolerance": "1.10"},
         "note": "按省财政厅通知，数据截至 6 月 30 日"}""")
public record MonitoringRuleSetRequest(
        @NotNull(message = "{validation.rules-are-required}") @Valid MonitoringRules rules,
        @Size(max = 500, message = "{validation.note-must-be-at-most-characters}") String note) {
}
