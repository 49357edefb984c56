package gov.perftarget.review.representation;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.perftarget.review.domain.monitoring.Forecast;

/**
 * 监控报告 as a department saves it: executed to date, and per annual measure its progress value (when not the
 * one recorded in indicator-service), forecast, and the reason and correction a yellow or red light needs.
 */
@Schema(description = "监控报告 a department's monitoring report (draft)", examples = """
        {"executedToDate": "260000.00",
         "measures": [{"indicatorPosition": 1, "measureIndex": 0, "progressValue": "520", "forecast": "ACHIEVABLE"},
           {"indicatorPosition": 2, "measureIndex": 0, "progressValue": "900", "forecast": "AT_RISK",
            "deviationReason": "部分项目受评审周期影响延后立项", "correctiveMeasure": "8 月底前完成第二批立项评审"}]}""")
public record MonitoringReportRequest(
        @Schema(description = "预算执行数 executed to date in 万元, decimal string", examples = "260000.00")
        @Digits(integer = 13, fraction = 2, message = "{validation.at-most-13-integer-digits-and-2-decimals}")
        @DecimalMin(value = "0", message = "{validation.executedtodate-must-not-be-negative}")
        BigDecimal executedToDate,
        @Schema(description = "偏差原因 of the budget execution, when its light is yellow or red")
        @Size(max = 2000, message = "{validation.at-most-characters}") String executionDeviationReason,
        @Schema(description = "纠偏措施 of the budget execution, when its light is yellow or red")
        @Size(max = 2000, message = "{validation.at-most-characters}") String executionCorrectiveMeasure,
        @Size(max = 1000, message = "{validation.at-most-items}")
        List<@Valid @NotNull(message = "{validation.must-not-be-null}") MeasureEntry> measures) {

    /** One annual measure's entry, by its indicator's position and its index in the annual target. */
    @Schema(name = "MonitoringMeasureEntryRequest", description = "指标值填报 (one measure's entry)")
    public record MeasureEntry(
            @Min(value = 1, message = "{validation.indicatorposition-starts-at-1}") int indicatorPosition,
            @Min(value = 0, message = "{validation.measureindex-starts-at-0}") int measureIndex,
            @Schema(description = "进度值 at the cut-off, in the measure's unit; indicator-service's recorded one when omitted")
            @Digits(integer = 20, fraction = 4, message = "{validation.progressvalue-at-most-20-digits-and-4-decimals}")
            BigDecimal progressValue,
            @Schema(description = "预计能否完成 the year-end forecast") Forecast forecast,
            @Schema(description = "偏差原因, needed for a yellow or red light")
            @Size(max = 2000, message = "{validation.at-most-characters}") String deviationReason,
            @Schema(description = "纠偏措施, needed for a yellow or red light")
            @Size(max = 2000, message = "{validation.at-most-characters}") String correctiveMeasure) {
    }
}
