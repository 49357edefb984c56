package gov.perftarget.budget.form;

import static gov.perftarget.workbooks.Sheets.cell;
import static gov.perftarget.workbooks.Sheets.headings;
import static gov.perftarget.workbooks.Sheets.height;
import static gov.perftarget.workbooks.Sheets.merged;
import static gov.perftarget.workbooks.Sheets.mergeDown;
import static gov.perftarget.workbooks.Sheets.money;
import static gov.perftarget.workbooks.Sheets.print;
import static gov.perftarget.workbooks.Sheets.widths;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import gov.perftarget.budget.domain.RevisionContent;
import gov.perftarget.rules.BudgetOverview;
import gov.perftarget.workbooks.Sheets;
import gov.perftarget.workbooks.TableWorkbook;
import gov.perftarget.workbooks.TableWorkbook.Column;
import gov.perftarget.workbooks.TableWorkbook.Kind;
import gov.perftarget.workbooks.WorkbookStyles;

/**
 * Writes 部门整体预算绩效目标申报表 as a workbook in the official layout: sheet {@value #FORM_SHEET} with the
 * header, 预算整体情况 (the eight amounts in 万元), 总体绩效目标 and 年度重点工作任务; sheet {@value #INDICATOR_SHEET}
 * with 一级 / 二级 / 三级指标, 实施周期指标值 and 年度指标值, the categories merged down as the printed form has
 * them. A4, fitted to the page's width, the indicators' header repeated on every page. {@link FormWorkbookReader}
 * reads it back by its labels.
 */
public final class FormWorkbook {

    public static final String FORM_SHEET = "申报表";
    public static final String INDICATOR_SHEET = "绩效指标";
    public static final String MEDIA_TYPE = TableWorkbook.MEDIA_TYPE;
    /** What the API documents show for a workbook body: its bytes cannot be shown. */
    public static final String EXAMPLE = "(工作簿 .xlsx: binary)";

    static final String TITLE = "部门整体预算绩效目标申报表";
    static final String DEPARTMENT_NAME = "部门名称";
    static final String SUBORDINATE_UNITS = "下属二级单位数";
    static final String BUDGET = "预算整体情况";
    static final String OVERALL_TARGET = "总体绩效目标";
    static final String KEY_TASKS = "年度重点工作任务";
    static final String OTHER_TASKS = "其他需完成的任务";
    static final String AMOUNT = "预算金额（万元）";
    static final String TASK_NAME = "名称";
    static final String TASK_CONTENT = "主要实施内容";
    static final String TASK_FUNDS = "拟投入的资金（万元）";
    static final String TASK_OUTCOME = "期望达到的目标（概述）";
    static final String LEVEL1 = "一级指标";
    static final String LEVEL2 = "二级指标";
    static final String LEVEL3 = "三级指标";
    static final String PERIOD_TARGET = "实施周期指标值";
    static final String ANNUAL_TARGET = "年度指标值";

    /** The eight amounts of 预算整体情况 as the form labels them, with the field each fills. */
    enum Amount {
        BASIC_EXPENDITURE("基本支出", "basicExpenditure", BudgetOverview::basicExpenditure),
        PROJECT_EXPENDITURE("项目支出", "projectExpenditure", BudgetOverview::projectExpenditure),
        FISCAL_APPROPRIATION("财政拨款", "fiscalAppropriation", BudgetOverview::fiscalAppropriation),
        OTHER_INCOME("其他资金", "otherIncome", BudgetOverview::otherIncome),
        SPECIAL_FUNDS("财政专项资金", "specialFunds", BudgetOverview::specialFunds),
        OTHER_DEVELOPMENT_EXPENDITURE("其他事业发展性支出", "otherDevelopmentExpenditure",
                BudgetOverview::otherDevelopmentExpenditure),
        CITY_LEVEL_USE("市本级使用资金", "cityLevelUse", BudgetOverview::cityLevelUse),
        TRANSFER_TO_LOWER_LEVELS("拟用于对下转移支付资金", "transferToLowerLevels", BudgetOverview::transferToLowerLevels);

        final String label;
        final String field;
        final Function<BudgetOverview, BigDecimal> value;

        Amount(String label, String field, Function<BudgetOverview, BigDecimal> value) {
            this.label = label;
            this.field = field;
            this.value = value;
        }

        /** The budget overview the amounts read make (a missing one is null, for the validation to name). */
        static BudgetOverview overview(Map<Amount, BigDecimal> amounts) {
            return new BudgetOverview(amounts.get(BASIC_EXPENDITURE), amounts.get(PROJECT_EXPENDITURE),
                    amounts.get(FISCAL_APPROPRIATION), amounts.get(OTHER_INCOME), amounts.get(SPECIAL_FUNDS),
                    amounts.get(OTHER_DEVELOPMENT_EXPENDITURE), amounts.get(CITY_LEVEL_USE),
                    amounts.get(TRANSFER_TO_LOWER_LEVELS));
        }
    }

    /** Column widths in characters: a Chinese character is about two. */
    private static final int[] FORM_WIDTHS = { 22, 56, 24, 56 };
    private static final int[] INDICATOR_WIDTHS = { 14, 18, 40, 40, 40 };

    private FormWorkbook() {
    }

    /** The form as a workbook. */
    public static byte[] write(Form form) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            writeForm(workbook.createSheet(FORM_SHEET), form, styles);
            writeIndicators(workbook.createSheet(INDICATOR_SHEET), form.indicators(), styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
    }

    /** The blank form for a department to fill: the same layout, no values, a few empty rows to write in. */
    public static byte[] template() {
        RevisionContent blank = new RevisionContent(null, null, null, 0, 0, null, null, List.of(), null);
        return write(new Form(blank, -1, List.of()));
    }

    /** The list of a fiscal year's approved forms, one row per department, for publication with the budget. */
    public static byte[] writeApprovedList(int fiscalYear, List<ApprovedForm> forms) {
        return TableWorkbook.write("已批复绩效目标", fiscalYear + "年度部门整体预算绩效目标批复情况", List.of(
                new Column("部门编码", 14, Kind.TEXT), new Column("部门名称", 30, Kind.TEXT),
                new Column("批复版本", 10, Kind.NUMBER), new Column("支出合计（万元）", 18, Kind.MONEY),
                new Column("收入合计（万元）", 18, Kind.MONEY), new Column("财政专项资金（万元）", 18, Kind.MONEY),
                new Column("重点工作任务资金（万元）", 18, Kind.MONEY), new Column("审核等级", 10, Kind.NUMBER),
                new Column("绩效指标数", 10, Kind.NUMBER)),
                forms.stream().map(form -> Arrays.<Object>asList(form.departmentCode(), form.departmentName(),
                        form.revision(), form.expenditureTotal(), form.incomeTotal(), form.specialFunds(),
                        form.keyTaskFunds(), gradeName(form.grade()), form.indicatorCount())).toList());
    }

    /** 优 良 中 差, as the forms write the grades; the code itself for any other. */
    private static String gradeName(String grade) {
        if (grade == null) {
            return "";
        }
        return switch (grade) {
            case "EXCELLENT" -> "优";
            case "GOOD" -> "良";
            case "FAIR" -> "中";
            case "POOR" -> "差";
            default -> grade;
        };
    }

    static String title(Form form) {
        RevisionContent content = form.content();
        String year = content.fiscalYear() > 0 ? content.fiscalYear() + "年度" : "____年度";
        String state = form.revision() > 0 ? "（第" + form.revision() + "次提交）" : form.revision() == 0 ? "（草稿）" : "";
        return year + TITLE + state;
    }

    private static void writeForm(Sheet sheet, Form form, WorkbookStyles styles) {
        RevisionContent content = form.content();
        widths(sheet, FORM_WIDTHS);
        Sheets.Rows rows = new Sheets.Rows(sheet);
        Row title = rows.next(30);
        merged(sheet, title, 0, 3, title(form), styles.title);

        Row header = rows.next(22);
        cell(header, 0, DEPARTMENT_NAME, styles.label);
        cell(header, 1, content.departmentName(), styles.text);
        cell(header, 2, SUBORDINATE_UNITS, styles.label);
        Cell units = header.createCell(3);
        units.setCellStyle(styles.number);
        if (content.departmentName() != null) {
            units.setCellValue(content.subordinateUnitCount());
        }

        merged(sheet, rows.next(22), 0, 3, BUDGET, styles.section);
        BudgetOverview budget = content.budget();
        headings(rows.next(22), styles, "部门预算支出", AMOUNT, "收入来源", AMOUNT);
        amounts(rows.next(22), budget, styles, Amount.BASIC_EXPENDITURE, Amount.FISCAL_APPROPRIATION);
        amounts(rows.next(22), budget, styles, Amount.PROJECT_EXPENDITURE, Amount.OTHER_INCOME);
        headings(rows.next(22), styles, "事业发展性支出", AMOUNT, "按预算级次划分", AMOUNT);
        amounts(rows.next(22), budget, styles, Amount.SPECIAL_FUNDS, Amount.CITY_LEVEL_USE);
        amounts(rows.next(22), budget, styles, Amount.OTHER_DEVELOPMENT_EXPENDITURE, Amount.TRANSFER_TO_LOWER_LEVELS);

        merged(sheet, rows.next(22), 0, 3, OVERALL_TARGET, styles.section);
        String overall = content.overallTarget();
        merged(sheet, rows.next(height(overall, 150, 3)), 0, 3, overall, styles.text);

        merged(sheet, rows.next(22), 0, 3, KEY_TASKS, styles.section);
        headings(rows.next(30), styles, TASK_NAME, TASK_CONTENT, TASK_FUNDS, TASK_OUTCOME);
        List<RevisionContent.KeyTaskContent> tasks = content.keyTasks() == null ? List.of() : content.keyTasks();
        for (RevisionContent.KeyTaskContent task : tasks) {
            Row row = rows.next(Math.max(height(task.content(), 52, 1), height(task.expectedOutcome(), 52, 1)));
            cell(row, 0, task.name(), styles.text);
            cell(row, 1, task.content(), styles.text);
            money(row, 2, task.plannedFunds(), styles);
            cell(row, 3, task.expectedOutcome(), styles.text);
        }
        for (int blank = tasks.isEmpty() ? 5 : 0; blank > 0; blank--) {
            Row row = rows.next(45);
            for (int column = 0; column < 4; column++) {
                row.createCell(column).setCellStyle(column == 2 ? styles.money : styles.text);
            }
        }
        merged(sheet, rows.next(22), 0, 3, OTHER_TASKS, styles.section);
        merged(sheet, rows.next(height(content.otherTasks(), 150, 2)), 0, 3, content.otherTasks(), styles.text);
        print(sheet, null);
    }

    private static void writeIndicators(Sheet sheet, List<Form.Indicator> indicators, WorkbookStyles styles) {
        widths(sheet, INDICATOR_WIDTHS);
        Sheets.Rows rows = new Sheets.Rows(sheet);
        merged(sheet, rows.next(26), 0, 4, INDICATOR_SHEET, styles.title);
        headings(rows.next(22), styles, LEVEL1, LEVEL2, LEVEL3, PERIOD_TARGET, ANNUAL_TARGET);
        int level1Start = rows.index();
        int level2Start = rows.index();
        for (int i = 0; i < indicators.size(); i++) {
            Form.Indicator indicator = indicators.get(i);
            Row row = rows.next(Math.max(22, Math.max(height(indicator.periodTarget(), 36, 1),
                    height(indicator.annualTarget(), 36, 1))));
            cell(row, 0, indicator.level1Category(), styles.text);
            cell(row, 1, indicator.level2Category(), styles.text);
            cell(row, 2, indicator.name(), styles.text);
            cell(row, 3, indicator.periodTarget(), styles.text);
            cell(row, 4, indicator.annualTarget(), styles.text);
            boolean last = i == indicators.size() - 1;
            Form.Indicator next = last ? null : indicators.get(i + 1);
            boolean level1Ends = last || !same(next.level1Category(), indicator.level1Category());
            boolean level2Ends = level1Ends || !same(next.level2Category(), indicator.level2Category());
            if (level2Ends) {
                mergeDown(sheet, level2Start, row.getRowNum(), 1);
                level2Start = row.getRowNum() + 1;
            }
            if (level1Ends) {
                mergeDown(sheet, level1Start, row.getRowNum(), 0);
                level1Start = row.getRowNum() + 1;
            }
        }
        for (int blank = indicators.isEmpty() ? 10 : 0; blank > 0; blank--) {
            Row row = rows.next(30);
            for (int column = 0; column < 5; column++) {
                row.createCell(column).setCellStyle(styles.text);
            }
        }
        print(sheet, CellRangeAddress.valueOf("1:2"));
    }

    // --- layout ---

    private static void amounts(Row row, BudgetOverview budget, WorkbookStyles styles, Amount left, Amount right) {
        cell(row, 0, left.label, styles.label);
        money(row, 1, budget == null ? null : left.value.apply(budget), styles);
        cell(row, 2, right.label, styles.label);
        money(row, 3, budget == null ? null : right.value.apply(budget), styles);
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    /** Every label of the form the reader looks for, so that a value is never taken for one. */
    static List<String> labels() {
        List<String> labels = new ArrayList<>(List.of(TITLE, DEPARTMENT_NAME, SUBORDINATE_UNITS, BUDGET, OVERALL_TARGET,
                KEY_TASKS, OTHER_TASKS, AMOUNT, TASK_NAME, TASK_CONTENT, TASK_FUNDS, TASK_OUTCOME, "部门预算支出", "收入来源",
                "事业发展性支出", "按预算级次划分", LEVEL1, LEVEL2, LEVEL3, PERIOD_TARGET, ANNUAL_TARGET));
        for (Amount amount : Amount.values()) {
            labels.add(amount.label);
        }
        return labels;
    }
}
