package gov.perftarget.budget.form;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import gov.perftarget.budget.domain.RevisionContent;

/**
 * A form set as a printed table and given back as a PDF's text extraction gives it, for the tests: each cell's text
 * wrapped to its column's width (a Chinese character never splits a Latin word, closing punctuation never starts a
 * line), cells vertically centred in their row and emitted cell after cell, so that lines of neighbouring cells on
 * the same baseline come out as one line with a space between; optionally a blank line after each line, a 一级
 * category's label repeated inside its rows as a merged cell's text floats, and page breaks that print a page
 * number, repeat the table's header and put the section's label before the next row.
 */
final class FormTextRendering {

    /** Column widths in quarters of a Chinese character (see {@link WrappedCells#width}). */
    record Layout(String name, int overall, int[] tasks, int[] indicators, boolean blankLines, boolean floatingLabels,
            int rowsPerPage) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Layout> LAYOUTS = List.of(
            new Layout("like the seed", 300, new int[] { 28, 76, 36, 125 }, new int[] { 64, 64, 57 }, true, true, 4),
            new Layout("narrow, equal widths", 160, new int[] { 24, 48, 36, 48 }, new int[] { 40, 46, 40 }, false, false,
                    0),
            new Layout("wide", 400, new int[] { 40, 120, 40, 120 }, new int[] { 80, 96, 88 }, true, false, 3),
            new Layout("similar widths, close", 240, new int[] { 30, 60, 36, 62 }, new int[] { 54, 56, 50 }, false, true,
                    5));

    private static final DecimalFormat MONEY = new DecimalFormat("#,##0.00");

    private final Layout layout;
    private final StringBuilder text = new StringBuilder();
    private int rows;
    private int page = 1;

    private FormTextRendering(Layout layout) {
        this.layout = layout;
    }

    /** The form's text; its indicators in the catalogue's order, each category's label before its first row. */
    static String render(Form form, Layout layout, Map<String, String> catalogue) {
        return new FormTextRendering(layout).form(form, catalogue);
    }

    /**
     * The form as its rendering says it: indicators in the catalogue's order, and each text as its wrapped lines
     * joined (a space where a line was broken is gone, as in any PDF's text).
     */
    static Form asPrinted(Form form, Layout layout, Map<String, String> catalogue) {
        RevisionContent content = form.content();
        List<RevisionContent.KeyTaskContent> tasks = content.keyTasks().stream()
                .map(task -> new RevisionContent.KeyTaskContent(printed(task.name(), layout.tasks()[0]),
                        printed(task.content(), layout.tasks()[1]), task.plannedFunds(),
                        printed(task.expectedOutcome(), layout.tasks()[3])))
                .toList();
        RevisionContent printedContent = new RevisionContent(content.departmentId(), content.departmentCode(),
                content.departmentName(), content.subordinateUnitCount(), content.fiscalYear(), content.budget(),
                printed(content.overallTarget(), layout.overall()), tasks,
                content.otherTasks() == null ? null : printed(content.otherTasks(), layout.overall()));
        List<Form.Indicator> ordered = new ArrayList<>();
        for (String level2 : catalogue.keySet()) {
            form.indicators().stream().filter(i -> i.level2Category().equals(level2))
                    .map(i -> new Form.Indicator(i.level1Category(), i.level2Category(),
                            printed(i.name(), layout.indicators()[0]), printed(i.periodTarget(), layout.indicators()[1]),
                            printed(i.annualTarget(), layout.indicators()[2])))
                    .forEach(ordered::add);
        }
        return new Form(printedContent, form.revision(), ordered);
    }

    private static String printed(String text, int width) {
        return String.join("", wrap(text, width));
    }

    private String form(Form form, Map<String, String> catalogue) {
        RevisionContent content = form.content();
        line(content.fiscalYear() + "年度部门整体预算绩效目标申报表");
        line("部门名称 " + content.departmentName());
        line("基本信息 下属二级单位数 " + content.subordinateUnitCount());
        line("预算整体情况");
        line("部门预算支出 预算金额（万元） 收入来源 预算金额（万元）");
        var budget = content.budget();
        line("基本支出 " + money(budget.basicExpenditure()) + " 财政拨款 " + money(budget.fiscalAppropriation()));
        line("项目支出 " + money(budget.projectExpenditure()) + " 其他资金 " + money(budget.otherIncome()));
        line("事业发展性支出 预算金额（万元） 按预算级次划分 预算金额（万元）");
        line("财政专项资金 " + money(budget.specialFunds()) + " 市本级使用资金 " + money(budget.cityLevelUse()));
        line("其他事业发展性支出 " + money(budget.otherDevelopmentExpenditure()) + " 拟用于对下转移支付资金 "
                + money(budget.transferToLowerLevels()));
        line("总体绩效目标");
        wrap(content.overallTarget(), layout.overall()).forEach(this::line);
        line("年度重点工作任务");
        String taskHeader = "名称 主要实施内容 拟投入的资金（万元） 期望达到的目标（概述）";
        line(taskHeader);
        rows = 0;
        for (RevisionContent.KeyTaskContent task : content.keyTasks()) {
            String prefix = pageBreak(taskHeader) ? "年度重点工作任务 " : "";
            row(prefix, new String[] { task.name(), task.content(), money(task.plannedFunds()), task.expectedOutcome() },
                    layout.tasks());
        }
        wrap("其他需完成的任务（可选填）", 24).forEach(this::line);
        if (content.otherTasks() != null) {
            wrap(content.otherTasks(), layout.overall()).forEach(this::line);
        }
        line("绩效指标");
        String indicatorHeader = "一级指标 二级指标 三级指标 实施周期指标值 年度指标值";
        line(indicatorHeader);
        rows = 0;
        String level1 = null;
        for (Map.Entry<String, String> category : catalogue.entrySet()) {
            if (!category.getValue().equals(level1)) {
                level1 = category.getValue();
                line(level1);
            }
            line(category.getKey());
            List<Form.Indicator> indicators = form.indicators().stream()
                    .filter(i -> i.level2Category().equals(category.getKey())).toList();
            for (int i = 0; i < indicators.size(); i++) {
                pageBreak(indicatorHeader);
                if (layout.floatingLabels() && i == 1) {
                    line(level1); // a merged 一级 cell's label, centred among its rows
                }
                Form.Indicator indicator = indicators.get(i);
                row("", new String[] { indicator.name(), indicator.periodTarget(), indicator.annualTarget() },
                        layout.indicators());
            }
        }
        return text.toString();
    }

    /** Before a row: every so many rows a new page, with its number and the table's header again. */
    private boolean pageBreak(String header) {
        if (layout.rowsPerPage() == 0 || rows == 0 || rows % layout.rowsPerPage() != 0) {
            return false;
        }
        line("第 " + page++ + " 页，共 9 页");
        line(header);
        return true;
    }

    private void row(String prefix, String[] cells, int[] widths) {
        rows++;
        List<List<String>> wrapped = new ArrayList<>();
        int height = 0;
        for (int i = 0; i < cells.length; i++) {
            List<String> lines = wrap(cells[i], widths[i]);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        // emitted cell after cell; a line on the baseline of the one before joins it
        Integer lastBaseline = null;
        StringBuilder current = null;
        for (List<String> lines : wrapped) {
            for (int j = 0; j < lines.size(); j++) {
                int baseline = height - lines.size() + 2 * j;
                if (current != null && lastBaseline != null && lastBaseline == baseline) {
                    current.append(' ').append(lines.get(j));
                } else {
                    if (current != null) {
                        line(current.toString());
                    }
                    current = new StringBuilder(current == null ? prefix : "").append(lines.get(j));
                }
                lastBaseline = baseline;
            }
        }
        if (current != null) {
            line(current.toString());
        }
    }

    private void line(String line) {
        text.append(line).append('\n');
        if (layout.blankLines()) {
            text.append('\n');
        }
    }

    /** Greedy wrapping as a word processor does it: Latin words whole, no closing punctuation at a line's start. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        int i = 0;
        while (i < text.length()) {
            int end = i + 1;
            char c = text.charAt(i);
            if (WrappedCells.charWidth(c) < 4 && c != ' ') {
                while (end < text.length() && WrappedCells.charWidth(text.charAt(end)) < 4 && text.charAt(end) != ' ') {
                    end++; // a Latin word or number
                }
            }
            while (end < text.length() && "，。、；：？！）》”’％,.;:?!)%".indexOf(text.charAt(end)) >= 0) {
                end++; // closing punctuation stays with what it follows
            }
            String unit = text.substring(i, end);
            int unitWidth = WrappedCells.width(unit);
            if (c != ' ' && lineWidth + unitWidth > width && line.length() > 0) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                lineWidth = 0;
            }
            line.append(unit);
            lineWidth += unitWidth;
            i = end;
        }
        if (line.length() > 0) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    private static String money(BigDecimal amount) {
        return MONEY.format(amount);
    }
}
