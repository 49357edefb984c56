package gov.perftarget.review.representation;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.perftarget.api.FiscalYear;

/** An admin opens a monitoring round for a fiscal year. */
@Schema(description = "监控轮次 a monitoring round to open", examples = """
        {"fiscalYear": 2025, "cutOffDate": "2025-07-31", "dueDate": "2025-08-15"}""")
public record MonitoringRoundRequest(
        @NotNull(message = "{validation.fiscalyear-is-required}") @FiscalYear Integer fiscalYear,
        @Schema(description = "数据截止日期 the reports' figures are as of this day, within the fiscal year;"
                + " the rule set's default (31 July) when omitted") LocalDate cutOffDate,
        @Schema(description = "报送截止日期 reports are due by the end of this day, not before the cut-off;"
                + " 15 days after the cut-off when omitted") LocalDate dueDate,
        @Schema(description = "the version of the year's monitoring rules to assess with; the latest when omitted")
        @Min(value = 0, message = "{validation.version-must-not-be-negative}") Integer ruleSetVersion) {
}
