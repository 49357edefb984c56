package gov.perftarget.review.rest;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import gov.perftarget.review.domain.MonitoringReport;
import gov.perftarget.review.domain.MonitoringRound;
import gov.perftarget.review.domain.monitoring.Light;
import gov.perftarget.review.service.MonitoringService.OverviewRow;
import gov.perftarget.workbooks.TableWorkbook;
import gov.perftarget.workbooks.TableWorkbook.Column;
import gov.perftarget.workbooks.TableWorkbook.Kind;

/** 监控总览表: a round's overview as the finance bureau prints and files it, one row per declaration. */
final class MonitoringOverviewWorkbook {

    private static final DateTimeFormatter SUBMITTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private MonitoringOverviewWorkbook() {
    }

    static byte[] write(MonitoringRound round, List<OverviewRow> rows) {
        return TableWorkbook.write("监控总览", round.fiscalYear + "年度部门整体绩效运行监控总览（数据截至 " + round.cutOffDate
                + "，报送截止 " + round.dueDate + "）", List.of(
                new Column("部门编码", 12, Kind.TEXT), new Column("部门名称", 28, Kind.TEXT),
                new Column("批复版本", 8, Kind.NUMBER), new Column("报送情况", 10, Kind.NUMBER),
                new Column("总体", 6, Kind.NUMBER), new Column("预算执行进度（%）", 12, Kind.PERCENT),
                new Column("执行偏差（百分点）", 12, Kind.PERCENT), new Column("执行", 6, Kind.NUMBER),
                new Column("绿灯", 6, Kind.NUMBER), new Column("黄灯", 6, Kind.NUMBER), new Column("红灯", 6, Kind.NUMBER),
                new Column("报送时间", 17, Kind.TEXT)),
                rows.stream().map(row -> Arrays.<Object>asList(row.departmentCode(), row.departmentName(), row.revision(),
                        status(row), light(row.light()), row.executionProgress(), row.executionDeviation(),
                        light(row.executionLight()), row.reported() ? row.greenCount() : null,
                        row.reported() ? row.yellowCount() : null, row.reported() ? row.redCount() : null,
                        row.submittedAt() == null ? null : SUBMITTED.format(row.submittedAt()))).toList());
    }

    private static String status(OverviewRow row) {
        if (row.reported()) {
            return "已报送";
        }
        String status = row.reportStatus() == MonitoringReport.Status.DRAFT ? "草稿" : "未报送";
        return row.overdue() ? status + "（逾期）" : status;
    }

    private static String light(Light light) {
        if (light == null) {
            return null;
        }
        return switch (light) {
            case GREEN -> "绿";
            case YELLOW -> "黄";
            case RED -> "红";
        };
    }
}
