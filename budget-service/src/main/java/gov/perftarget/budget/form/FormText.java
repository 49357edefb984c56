package gov.perftarget.budget.form;

import static gov.perftarget.budget.Messages.MESSAGES;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gov.perftarget.api.ApiException;
import gov.perftarget.api.InvalidField;
import gov.perftarget.api.ProblemType;
import gov.perftarget.budget.representation.DeclarationRequest;
import gov.perftarget.messages.BilingualText;
import gov.perftarget.rules.BudgetOverview;

/**
 * Reads the form's text as a PDF's text extraction gives it: labels and values in reading order, each cell's text
 * wrapped into lines, the cells of a table row one after the other. Sections are found by their labels; the
 * budget's amounts follow their labels on the same line; the key tasks and the indicators are read back into
 * cells by {@link WrappedCells}. A page break may repeat a table's header, the label of a merged cell (年度重点工作任务,
 * a 一级 category) or put it on the line of a cell: such labels are set aside. 一级 and 二级 categories are the
 * catalogue's: a line that is a category's name opens (二级) or repeats (一级) one, and each 二级 category's
 * 一级 is the catalogue's. Lines are named {@code 第12行} (the line's number in the text, from 1) in the cells of
 * the fields and in every problem.
 */
public final class FormText {

    /** What the API documents show for a text body: the start of the seed form's text. */
    public static final String EXAMPLE = "部门整体预算绩效目标申报表\n部门名称 广州市科学技术局\n基本信息 下属二级单位数 2\n预算整体情况\n"
            + "部门预算支出 预算金额（万元） 收入来源 预算金额（万元）\n基本支出 16,467.85 财政拨款 494,772.54\n…";

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)\\s*年");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "第\\s*\\d+\\s*页(\\s*[，,/]?\\s*共\\s*\\d+\\s*页)?|[-—–]\\s*\\d+\\s*[-—–]|\\d+\\s*/\\s*\\d+|(?i)page\\s+\\d+(\\s+of\\s+\\d+)?");
    private static final String OTHER_TASKS_LABEL = "其他需完成的任务（可选填）";
    private static final String INDICATORS = "绩效指标";

    private final List<WrappedCells.Line> lines;
    private final Map<String, String> level1OfLevel2;
    private final List<InvalidField> problems = new ArrayList<>();
    private final Map<String, String> cells = new LinkedHashMap<>();

    private FormText(List<WrappedCells.Line> lines, Map<String, String> level1OfLevel2) {
        this.lines = lines;
        this.level1OfLevel2 = level1OfLevel2;
    }

    /**
     * Reads a form's text.
     *
     * @param level1OfLevel2 the catalogue: each 二级 category's name with its 一级 category's name
     */
    public static FormWorkbookReader.Read read(String text, Map<String, String> level1OfLevel2) {
        List<WrappedCells.Line> lines = new ArrayList<>();
        String[] raw = text.split("\\r\\n|\\r|\\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].replaceAll("[\\s\\u3000\\u00a0\\u0000]+$", "").replace("\u0000", "");
            if (!line.isBlank() && !PAGE_NUMBER.matcher(line.strip()).matches()) {
                lines.add(new WrappedCells.Line(i + 1, line.replaceFirst("^[\\s\\u3000\\u00a0]+", "")));
            }
        }
        return new FormText(lines, level1OfLevel2).read();
    }

    /** Whether a text is a form at all: it names the form's title or the department label. */
    static boolean looksLikeForm(String text) {
        String plain = text.replaceAll("[\\s\\u3000]", "");
        return plain.contains(FormWorkbook.TITLE) || plain.contains(FormWorkbook.DEPARTMENT_NAME);
    }

    private FormWorkbookReader.Read read() {
        int title = findContaining(FormWorkbook.TITLE, 0);
        int department = find(FormWorkbook.DEPARTMENT_NAME, 0);
        if (title < 0 && department < 0) {
            throw new ApiException(ProblemType.FORM_UNREADABLE, MESSAGES.text("form.text-no-form"),
                    List.of(new InvalidField("file", MESSAGES.text("form.text-no-form"))));
        }
        Integer fiscalYear = fiscalYear(Math.max(department, title));
        int budget = required(FormWorkbook.BUDGET, 0);
        int overall = required(FormWorkbook.OVERALL_TARGET, Math.max(budget, 0));
        int tasks = findContaining(FormWorkbook.TASK_CONTENT, Math.max(overall, 0));
        if (tasks < 0) {
            problem(location(Math.max(overall, 0)), MESSAGES.text("form.label-missing", FormWorkbook.TASK_CONTENT));
        }
        int other = otherTasksLabel(Math.max(tasks, 0));
        int indicators = findContaining(FormWorkbook.LEVEL3, Math.max(Math.max(tasks, other), 0));
        if (indicators < 0) {
            problem(location(lines.size() - 1), MESSAGES.text("form.label-missing", FormWorkbook.LEVEL3));
        }
        int tasksEnd = other >= 0 ? other : indicators >= 0 ? indicatorSection(indicators) : lines.size();

        BudgetOverview overview = budget >= 0 && overall >= 0 ? budget(budget, overall) : null;
        String overallTarget = overall >= 0 ? block(overall, FormWorkbook.OVERALL_TARGET, overallEnd(overall, tasks),
                "overallTarget") : null;
        List<DeclarationRequest.KeyTaskRequest> keyTasks = tasks >= 0 ? keyTasks(tasks, tasksEnd) : List.of();
        String otherTasks = other >= 0 ? otherTasks(other, indicators >= 0 ? indicatorSection(indicators) : lines.size())
                : null;
        List<Form.Indicator> read = indicators >= 0 ? indicators(indicators) : List.of();
        if (!problems.isEmpty()) {
            throw new ApiException(ProblemType.FORM_INVALID, MESSAGES.text("problem.form-invalid", problems.size()),
                    problems);
        }
        return new FormWorkbookReader.Read(fiscalYear,
                new DeclarationRequest(null, fiscalYear, overview, overallTarget, keyTasks, otherTasks), read,
                Map.copyOf(cells));
    }

    // --- sections ---

    private Integer fiscalYear(int header) {
        for (int i = 0; i <= Math.min(header, lines.size() - 1); i++) {
            String text = lines.get(i).text();
            Matcher year = YEAR.matcher(text);
            if ((text.contains(FormWorkbook.TITLE) || i < header) && year.find()) {
                cells.put("fiscalYear", location(i));
                return Integer.valueOf(year.group(1));
            }
        }
        return null;
    }

    private BudgetOverview budget(int from, int to) {
        Map<FormWorkbook.Amount, BigDecimal> amounts = new LinkedHashMap<>();
        for (FormWorkbook.Amount amount : FormWorkbook.Amount.values()) {
            Pattern labelled = Pattern.compile(Pattern.quote(amount.label)
                    + "\\s*(?:[（(]万元[)）])?\\s*[:：]?\\s*([-+]?[0-9０-９][0-9０-９,，.．]*(?:\\s*万元)?)");
            boolean found = false;
            for (int i = from; i < to && !found; i++) {
                String line = lines.get(i).text();
                int at = labelAt(line, amount.label);
                if (at < 0) {
                    continue;
                }
                found = true;
                String field = "budget." + amount.field;
                cells.put(field, location(i));
                Matcher value = labelled.matcher(line);
                BigDecimal parsed = value.find(at) && value.start() == at ? Amounts.parse(value.group(1)) : null;
                if (parsed == null) {
                    String written = line.substring(at + amount.label.length()).strip().split("[\\s\\u3000]+", 2)[0];
                    problem(location(i), MESSAGES.text("form.not-an-amount", amount.label, written));
                }
                amounts.put(amount, parsed);
            }
            if (!found) {
                problem(location(from), MESSAGES.text("form.amount-missing", amount.label));
            }
        }
        return FormWorkbook.Amount.overview(amounts);
    }

    /** A text block: what follows its label on the label's line and the lines up to {@code to}, joined. */
    private String block(int label, String labelText, int to, String field) {
        StringBuilder text = new StringBuilder(afterLabel(lines.get(label).text(), labelText));
        for (int i = label + 1; i < to; i++) {
            text.append(lines.get(i).text());
        }
        if (text.isEmpty()) {
            return null;
        }
        cells.put(field, location(afterLabel(lines.get(label).text(), labelText).isEmpty() ? label + 1 : label));
        return text.toString();
    }

    private List<DeclarationRequest.KeyTaskRequest> keyTasks(int from, int to) {
        List<WrappedCells.Line> table = new ArrayList<>();
        String header = plain(FormWorkbook.TASK_NAME + FormWorkbook.TASK_CONTENT + FormWorkbook.TASK_FUNDS
                + FormWorkbook.TASK_OUTCOME);
        for (int i = from; i < to; i++) {
            String text = lines.get(i).text();
            if (FormWorkbookReader.normal(text).contains(FormWorkbookReader.normal(FormWorkbook.TASK_CONTENT))) {
                i = afterHeader(i, header) - 1; // the table's header, repeated on a new page
                continue;
            }
            String rest = withoutLabel(text, FormWorkbook.KEY_TASKS); // the section's label, repeated on a new page
            if (!rest.isEmpty()) {
                table.add(new WrappedCells.Line(lines.get(i).number(), rest));
            }
        }
        if (table.isEmpty()) {
            return List.of();
        }
        List<List<WrappedCells.Cell>> rows = new WrappedCells(4, 2, line -> Amounts.parse(line) != null)
                .rows(List.of(new WrappedCells.Group(table))).get(0);
        if (rows == null) {
            problem(lineName(table.get(0).number()), MESSAGES.text("form.text-tasks-unreadable"));
            return List.of();
        }
        List<DeclarationRequest.KeyTaskRequest> tasks = new ArrayList<>();
        for (List<WrappedCells.Cell> row : rows) {
            String prefix = "keyTasks[" + tasks.size() + "].";
            cells.put(prefix + "name", lineName(row.get(0).line()));
            cells.put(prefix + "content", lineName(row.get(1).line()));
            cells.put(prefix + "plannedFunds", lineName(row.get(2).line()));
            cells.put(prefix + "expectedOutcome", lineName(row.get(3).line()));
            tasks.add(new DeclarationRequest.KeyTaskRequest(row.get(0).text(), row.get(1).text(),
                    Amounts.parse(row.get(2).text()), row.get(3).text()));
        }
        return tasks;
    }

    /** 其他需完成的任务（可选填）: its label, however its remark wraps, then its text up to the indicators. */
    private String otherTasks(int label, int to) {
        String full = plain(OTHER_TASKS_LABEL);
        String seen = "";
        String rest = "";
        int i = label;
        while (i < to) {
            String joined = seen + plain(lines.get(i).text());
            if (joined.startsWith(full)) {
                rest = i == label ? afterLabel(lines.get(i).text(), "）").strip() : "";
                i++;
                break;
            }
            if (full.startsWith(joined)) {
                seen = joined; // the remark goes on on the next line
                i++;
                continue;
            }
            if (i == label) { // the label without its remark, and the text on its line
                rest = afterLabel(lines.get(i).text(), FormWorkbook.OTHER_TASKS).replaceFirst("^[（(][^）)]*[）)]", "")
                        .strip();
                i++;
            }
            break;
        }
        int first = rest.isEmpty() ? i : label;
        StringBuilder text = new StringBuilder(rest);
        for (int j = i; j < to; j++) {
            text.append(lines.get(j).text());
        }
        if (text.isEmpty()) {
            return null;
        }
        cells.put("otherTasks", location(first));
        return text.toString();
    }

    /** The line after a table's header, whose headings may wrap onto the lines after the one found. */
    private int afterHeader(int found, String header) {
        int i = found + 1;
        while (i < lines.size() && !plain(lines.get(i).text()).isEmpty() && header.contains(plain(lines.get(i).text()))) {
            i++;
        }
        return i;
    }

    /** A label's characters as compared while it wraps: no white space, ASCII brackets. */
    private static String plain(String text) {
        return text.replaceAll("[\\s\\u3000\\u00a0]", "").replace('（', '(').replace('）', ')');
    }

    private List<Form.Indicator> indicators(int from) {
        String indicatorHeader = plain(FormWorkbook.LEVEL1 + FormWorkbook.LEVEL2 + FormWorkbook.LEVEL3
                + FormWorkbook.PERIOD_TARGET + FormWorkbook.ANNUAL_TARGET);
        List<String> level2s = new ArrayList<>();
        List<WrappedCells.Group> groups = new ArrayList<>();
        List<WrappedCells.Line> current = null;
        String level2 = null;
        for (int i = from; i < lines.size(); i++) {
            WrappedCells.Line line = lines.get(i);
            String text = line.text();
            if (text.contains(FormWorkbook.LEVEL3) && text.contains(FormWorkbook.LEVEL2)) {
                i = afterHeader(i, indicatorHeader) - 1; // the table's header, repeated on a new page
                continue;
            }
            // a category's name on a line of its own, or before a cell's text on the same line
            String category = category(text);
            while (category != null) {
                if (level1OfLevel2.containsKey(category) && !category.equals(level2)) {
                    level2 = category;
                    current = new ArrayList<>();
                    level2s.add(level2);
                    groups.add(new WrappedCells.Group(current));
                }
                text = withoutLabel(text, category);
                category = text.isEmpty() ? null : category(text);
            }
            if (text.isEmpty()) {
                continue;
            }
            if (current == null) {
                problem(location(i), MESSAGES.text("form.text-no-category"));
                continue;
            }
            current.add(new WrappedCells.Line(line.number(), text));
        }
        List<List<List<WrappedCells.Cell>>> rows = new WrappedCells(3, -1, line -> false, 2).rows(groups);
        List<Form.Indicator> indicators = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            if (rows.get(g) == null) {
                problem(lineName(groups.get(g).lines().get(0).number()),
                        MESSAGES.text("form.text-indicators-unreadable", level2s.get(g)));
                continue;
            }
            for (List<WrappedCells.Cell> row : rows.get(g)) {
                String prefix = "indicators[" + indicators.size() + "].";
                cells.put(prefix + "level1Category", lineName(row.get(0).line()));
                cells.put(prefix + "level2Category", lineName(row.get(0).line()));
                cells.put(prefix + "name", lineName(row.get(0).line()));
                cells.put(prefix + "periodTarget", lineName(row.get(1).line()));
                cells.put(prefix + "annualTarget", lineName(row.get(2).line()));
                indicators.add(new Form.Indicator(level1OfLevel2.get(level2s.get(g)), level2s.get(g), row.get(0).text(),
                        row.get(1).text(), row.get(2).text()));
            }
        }
        return indicators;
    }

    /** The 一级 or 二级 category a line is, or starts with (followed by a space), or null. */
    private String category(String text) {
        String whole = text.strip();
        if (level1OfLevel2.containsKey(whole) || level1OfLevel2.containsValue(whole)) {
            return whole;
        }
        int space = firstSpace(whole);
        if (space > 0) {
            String head = whole.substring(0, space);
            if (level1OfLevel2.containsKey(head) || level1OfLevel2.containsValue(head)) {
                return head;
            }
        }
        return null;
    }

    // --- lines ---

    /** The first line at or after {@code from} that starts with the label (white space and brackets aside). */
    private int find(String label, int from) {
        String wanted = FormWorkbookReader.normal(label);
        return first(from, line -> line.startsWith(wanted));
    }

    /** The first line at or after {@code from} that holds the heading: a title, or a table's header row. */
    private int findContaining(String heading, int from) {
        String wanted = FormWorkbookReader.normal(heading);
        return first(from, line -> line.contains(wanted));
    }

    /** The first line at or after {@code from} whose text (as labels are compared) matches, or -1. */
    private int first(int from, Predicate<String> matches) {
        for (int i = Math.max(from, 0); i < lines.size(); i++) {
            if (matches.test(FormWorkbookReader.normal(lines.get(i).text()))) {
                return i;
            }
        }
        return -1;
    }

    /** The first line at or after {@code from} where 其他需完成的任务（可选填） starts, though it may wrap onto the next lines. */
    private int otherTasksLabel(int from) {
        String wanted = plain(OTHER_TASKS_LABEL);
        for (int i = Math.max(from, 0); i < lines.size(); i++) {
            StringBuilder joined = new StringBuilder();
            for (int j = i; j < lines.size() && joined.length() < wanted.length(); j++) {
                joined.append(plain(lines.get(j).text()));
            }
            String start = joined.substring(0, Math.min(joined.length(), wanted.length()));
            // the label itself, or its words before the remark (可选填) that a form may leave out
            if (start.equals(wanted) || plain(lines.get(i).text()).startsWith(plain(FormWorkbook.OTHER_TASKS))) {
                return i;
            }
        }
        return -1;
    }

    private int required(String label, int from) {
        int at = find(label, from);
        if (at < 0) {
            problem(location(Math.min(from, lines.size() - 1)), MESSAGES.text("form.label-missing", label));
        }
        return at;
    }

    /** Where the overall target ends: at the key tasks' section label, or at their table's header. */
    private int overallEnd(int overall, int tasksHeader) {
        int label = find(FormWorkbook.KEY_TASKS, overall + 1);
        return label >= 0 && (tasksHeader < 0 || label < tasksHeader) ? label : tasksHeader >= 0 ? tasksHeader : lines.size();
    }

    /** The indicators' section starts at 绩效指标 on a line of its own above the table's header, if there is one. */
    private int indicatorSection(int header) {
        for (int i = header - 1; i >= Math.max(0, header - 2); i--) {
            if (lines.get(i).text().strip().equals(INDICATORS)) {
                return i;
            }
        }
        return header;
    }

    /** Where a label stands in a line as a label (not inside a longer one, such as 其他资金 in 其他事业发展性支出), or -1. */
    private static int labelAt(String line, String label) {
        for (int at = line.indexOf(label); at >= 0; at = line.indexOf(label, at + 1)) {
            boolean startsWord = at == 0 || WrappedCells.isSpace(line.charAt(at - 1));
            if (startsWord) {
                return at;
            }
        }
        return -1;
    }

    private static String afterLabel(String line, String label) {
        int at = line.indexOf(label);
        return at < 0 ? "" : line.substring(at + label.length()).strip();
    }

    /** The line without a label that starts it (followed by a space), or the line itself is the label: empty. */
    private static String withoutLabel(String line, String label) {
        String text = line.strip();
        if (text.equals(label)) {
            return "";
        }
        if (text.startsWith(label) && text.length() > label.length() && WrappedCells.isSpace(text.charAt(label.length()))) {
            return text.substring(label.length()).strip();
        }
        return line;
    }

    private static int firstSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (WrappedCells.isSpace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private String location(int index) {
        return index < 0 || lines.isEmpty() ? lineName(1) : lineName(lines.get(Math.min(index, lines.size() - 1)).number());
    }

    private static String lineName(int number) {
        return "第" + number + "行";
    }

    private void problem(String where, BilingualText text) {
        problems.add(new InvalidField(where, text));
    }
}
