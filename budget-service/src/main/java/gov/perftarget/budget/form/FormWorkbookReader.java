package gov.perftarget.budget.form;

import static gov.perftarget.budget.Messages.MESSAGES;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import gov.perftarget.api.ApiException;
import gov.perftarget.api.InvalidField;
import gov.perftarget.api.ProblemType;
import gov.perftarget.budget.representation.DeclarationRequest;
import gov.perftarget.messages.BilingualText;
import gov.perftarget.rules.BudgetOverview;

/**
 * Reads a filled 申报表 workbook — the template, or any workbook that follows its layout — by its labels, not by
 * fixed coordinates: a label is found by its text (white space, full-width brackets and a bracketed unit aside)
 * and its value is the next filled cell to its right, or below for a text block; tables are found by their
 * header rows, their columns by the headers' text. Merged cells are read from their first cell, a blank category
 * cell takes the one above (as a merged one shows it), a formula by its value, numbers with thousands
 * separators, full-width digits and 万元 written as text are read as amounts. Every problem names its cell
 * ({@code 绩效指标!F12}); any problem refuses the whole workbook.
 */
public final class FormWorkbookReader {

    /** What a workbook says: the declaration (no department: the import names it), the indicators, and the cell of each field. */
    public record Read(Integer fiscalYear, DeclarationRequest declaration, List<Form.Indicator> indicators,
            Map<String, String> cells) {
    }

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)\\s*年");
    private static final Set<String> LABELS = new HashSet<>();

    static {
        FormWorkbook.labels().forEach(label -> LABELS.add(normal(label)));
    }

    private final Workbook workbook;
    private final FormulaEvaluator formulas;
    private final List<InvalidField> problems = new ArrayList<>();
    private final Map<String, String> cells = new LinkedHashMap<>();

    private FormWorkbookReader(Workbook workbook) {
        this.workbook = workbook;
        this.formulas = workbook.getCreationHelper().createFormulaEvaluator();
    }

    /** Reads the workbook; refuses an unreadable file (not a workbook, protected, corrupt, no form in it) or any problem in it. */
    public static Read read(byte[] file) {
        try (Workbook workbook = open(file)) {
            return new FormWorkbookReader(workbook).read();
        } catch (IOException e) {
            throw unreadable(MESSAGES.text("form.corrupt"));
        }
    }

    private static Workbook open(byte[] file) {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException | RuntimeException e) { // an empty file among them
            throw unreadable(MESSAGES.text("form.not-a-workbook"));
        }
        if (magic != FileMagic.OOXML && magic != FileMagic.OLE2) {
            throw unreadable(MESSAGES.text("form.not-a-workbook"));
        }
        try {
            return WorkbookFactory.create(new ByteArrayInputStream(file));
        } catch (EncryptedDocumentException e) {
            throw unreadable(MESSAGES.text("form.protected"));
        } catch (IOException | RuntimeException e) {
            // a zip that is no workbook, a truncated file, a zip bomb POI refuses to inflate
            throw unreadable(MESSAGES.text("form.corrupt"));
        }
    }

    private Read read() {
        Grid form = null;
        Grid indicatorTable = null;
        for (Sheet sheet : workbook) {
            Grid grid = new Grid(sheet);
            if (form == null && grid.find(FormWorkbook.DEPARTMENT_NAME) != null) {
                form = grid;
            }
            if (indicatorTable == null && grid.find(FormWorkbook.LEVEL3) != null) {
                indicatorTable = grid;
            }
        }
        if (form == null) {
            throw unreadable(MESSAGES.text("form.no-form-sheet"));
        }
        Integer fiscalYear = fiscalYear(form);
        BudgetOverview budget = budget(form);
        String overallTarget = block(form, FormWorkbook.OVERALL_TARGET, "overallTarget", true);
        List<DeclarationRequest.KeyTaskRequest> tasks = keyTasks(form);
        String otherTasks = block(form, FormWorkbook.OTHER_TASKS, "otherTasks", false);
        List<Form.Indicator> indicators = indicatorTable == null ? List.of() : indicators(indicatorTable);
        if (!problems.isEmpty()) {
            throw new ApiException(ProblemType.FORM_INVALID, MESSAGES.text("problem.form-invalid", problems.size()),
                    problems);
        }
        return new Read(fiscalYear, new DeclarationRequest(null, fiscalYear, budget, overallTarget, tasks, otherTasks),
                indicators, Map.copyOf(cells));
    }

    private Integer fiscalYear(Grid grid) {
        for (int r = 0; r < Math.min(grid.rows(), 5); r++) {
            for (int c = 0; c < grid.columns(r); c++) {
                String text = grid.text(r, c);
                Matcher year = YEAR.matcher(text);
                if (text.contains(FormWorkbook.TITLE) && year.find()) {
                    cells.put("fiscalYear", grid.reference(r, c));
                    return Integer.valueOf(year.group(1));
                }
            }
        }
        return null;
    }

    private BudgetOverview budget(Grid grid) {
        Map<FormWorkbook.Amount, BigDecimal> amounts = new LinkedHashMap<>();
        for (FormWorkbook.Amount amount : FormWorkbook.Amount.values()) {
            int[] label = grid.find(amount.label);
            if (label == null) {
                missingLabel(grid, amount.label);
                continue;
            }
            int[] value = grid.right(label[0], label[1]);
            String field = "budget." + amount.field;
            if (value == null) {
                problem(grid.reference(label[0], label[1] + 1), MESSAGES.text("form.amount-missing", amount.label));
                continue;
            }
            cells.put(field, grid.reference(value[0], value[1]));
            amounts.put(amount, money(grid, value[0], value[1], amount.label));
        }
        return FormWorkbook.Amount.overview(amounts);
    }

    /** A text block: the value right of its label, or the first filled cell below it that is not a label. */
    private String block(Grid grid, String label, String field, boolean required) {
        int[] at = grid.find(label);
        if (at == null) {
            if (required) {
                missingLabel(grid, label);
            }
            return null;
        }
        int[] value = grid.right(at[0], at[1]);
        for (int r = at[0] + 1; value == null && r < Math.min(grid.rows(), at[0] + 4); r++) {
            for (int c = 0; c < grid.columns(r) && value == null; c++) {
                String text = grid.text(r, c);
                if (LABELS.contains(normal(text))) {
                    r = grid.rows(); // the next section: the block is empty
                    break;
                }
                if (!text.isEmpty()) {
                    value = new int[] { r, c };
                }
            }
        }
        if (value == null) {
            return null;
        }
        cells.put(field, grid.reference(value[0], value[1]));
        return grid.text(value[0], value[1]);
    }

    private List<DeclarationRequest.KeyTaskRequest> keyTasks(Grid grid) {
        Header header = grid.header(FormWorkbook.TASK_NAME, FormWorkbook.TASK_CONTENT, FormWorkbook.TASK_FUNDS,
                FormWorkbook.TASK_OUTCOME);
        if (header == null) {
            missingLabel(grid, FormWorkbook.TASK_CONTENT);
            return List.of();
        }
        List<DeclarationRequest.KeyTaskRequest> tasks = new ArrayList<>();
        for (int r = header.row + 1; r < grid.rows(); r++) {
            if (grid.startsSection(r)) {
                break;
            }
            if (grid.blank(r, header.columns)) {
                continue;
            }
            String prefix = "keyTasks[" + tasks.size() + "].";
            cells.put(prefix + "name", grid.reference(r, header.columns[0]));
            cells.put(prefix + "content", grid.reference(r, header.columns[1]));
            cells.put(prefix + "plannedFunds", grid.reference(r, header.columns[2]));
            cells.put(prefix + "expectedOutcome", grid.reference(r, header.columns[3]));
            tasks.add(new DeclarationRequest.KeyTaskRequest(emptyAsNull(grid.text(r, header.columns[0])),
                    emptyAsNull(grid.text(r, header.columns[1])), money(grid, r, header.columns[2], FormWorkbook.TASK_FUNDS),
                    emptyAsNull(grid.text(r, header.columns[3]))));
        }
        return tasks;
    }

    private List<Form.Indicator> indicators(Grid grid) {
        Header header = grid.header(FormWorkbook.LEVEL1, FormWorkbook.LEVEL2, FormWorkbook.LEVEL3,
                FormWorkbook.PERIOD_TARGET, FormWorkbook.ANNUAL_TARGET);
        if (header == null) {
            missingLabel(grid, FormWorkbook.PERIOD_TARGET);
            return List.of();
        }
        List<Form.Indicator> indicators = new ArrayList<>();
        String level1 = null;
        String level2 = null;
        for (int r = header.row + 1; r < grid.rows(); r++) {
            if (grid.blank(r, header.columns)) {
                continue;
            }
            // a category written once for several rows (merged, or left blank below) holds for each of them
            String ownLevel1 = grid.text(r, header.columns[0]);
            String ownLevel2 = grid.text(r, header.columns[1]);
            level1 = ownLevel1.isEmpty() ? level1 : ownLevel1;
            level2 = ownLevel2.isEmpty() ? level2 : ownLevel2;
            String prefix = "indicators[" + indicators.size() + "].";
            cells.put(prefix + "level1Category", grid.reference(grid.origin(r, header.columns[0]), header.columns[0]));
            cells.put(prefix + "level2Category", grid.reference(grid.origin(r, header.columns[1]), header.columns[1]));
            cells.put(prefix + "name", grid.reference(r, header.columns[2]));
            cells.put(prefix + "periodTarget", grid.reference(r, header.columns[3]));
            cells.put(prefix + "annualTarget", grid.reference(r, header.columns[4]));
            indicators.add(new Form.Indicator(level1, level2, emptyAsNull(grid.text(r, header.columns[2])),
                    emptyAsNull(grid.text(r, header.columns[3])), emptyAsNull(grid.text(r, header.columns[4]))));
        }
        return indicators;
    }

    // --- values ---

    /** An amount in 万元: a number cell (or formula) as it shows to the fen, or text such as {@code １６,４６７.８５万元}. */
    private BigDecimal money(Grid grid, int r, int c, String what) {
        Cell cell = grid.cell(r, c);
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? evaluated(cell).getCellType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            double number = cell.getCellType() == CellType.FORMULA ? evaluated(cell).getNumberValue()
                    : cell.getNumericCellValue();
            BigDecimal exact = BigDecimal.valueOf(number);
            BigDecimal fen = exact.setScale(2, RoundingMode.HALF_UP);
            // a sum of doubles is off by far less than a fen: take the amount it shows
            return exact.subtract(fen).abs().compareTo(new BigDecimal("0.000001")) < 0 ? fen : exact;
        }
        String text = grid.text(r, c);
        if (text.isEmpty()) {
            return null;
        }
        BigDecimal amount = Amounts.parse(text);
        if (amount == null) {
            problem(grid.reference(r, c), MESSAGES.text("form.not-an-amount", what, text));
        }
        return amount;
    }

    private CellValue evaluated(Cell cell) {
        try {
            return formulas.evaluate(cell);
        } catch (RuntimeException e) {
            return CellValue.getError(0); // a formula POI cannot evaluate: read as no value
        }
    }

    private void missingLabel(Grid grid, String label) {
        problem(grid.sheet.getSheetName(), MESSAGES.text("form.label-missing", label));
    }

    private void problem(String cell, BilingualText text) {
        problems.add(new InvalidField(cell, text));
    }

    private static ApiException unreadable(BilingualText text) {
        return new ApiException(ProblemType.FORM_UNREADABLE, text, List.of(new InvalidField("file", text)));
    }

    /** A label's text as compared: no white space, no bracketed part (（万元）), no closing colon. */
    static String normal(String text) {
        String plain = text.replaceAll("[\\s\\u3000\\u00a0]", "").replace('（', '(').replace('）', ')');
        return plain.replaceAll("\\([^)]*\\)", "").replaceAll("[:：]$", "");
    }

    private static String emptyAsNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** A table's header row and the column of each heading asked for. */
    private record Header(int row, int[] columns) {
    }

    /** One sheet's cells as text, a merged region's value in its first cell only. */
    private final class Grid {
        final Sheet sheet;
        private final List<CellRangeAddress> merged;

        Grid(Sheet sheet) {
            this.sheet = sheet;
            this.merged = sheet.getMergedRegions();
        }

        int rows() {
            return sheet.getLastRowNum() + 1;
        }

        int columns(int r) {
            Row row = sheet.getRow(r);
            return row == null ? 0 : Math.max(0, row.getLastCellNum());
        }

        Cell cell(int r, int c) {
            Row row = sheet.getRow(r);
            return row == null ? null : row.getCell(c);
        }

        String text(int r, int c) {
            Cell cell = cell(r, c);
            if (cell == null) {
                return "";
            }
            CellType type = cell.getCellType();
            if (type == CellType.FORMULA) {
                CellValue value = evaluated(cell);
                return switch (value.getCellType()) {
                    case STRING -> value.getStringValue().strip();
                    case NUMERIC -> BigDecimal.valueOf(value.getNumberValue()).stripTrailingZeros().toPlainString();
                    case BOOLEAN -> String.valueOf(value.getBooleanValue());
                    default -> "";
                };
            }
            return switch (type) {
                case STRING -> cell.getStringCellValue().strip().replaceAll("^[\\u3000\\u00a0]+|[\\u3000\\u00a0]+$", "");
                case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                default -> "";
            };
        }

        /** The first cell whose text is the label. */
        int[] find(String label) {
            String wanted = normal(label);
            for (int r = 0; r < rows(); r++) {
                for (int c = 0; c < columns(r); c++) {
                    if (normal(text(r, c)).equals(wanted)) {
                        return new int[] { r, c };
                    }
                }
            }
            return null;
        }

        /** The next filled cell right of (r, c) in its row, unless that is another label. */
        int[] right(int r, int c) {
            for (int column = c + 1; column < columns(r); column++) {
                String text = text(r, column);
                if (!text.isEmpty()) {
                    return LABELS.contains(normal(text)) ? null : new int[] { r, column };
                }
            }
            return null;
        }

        /** The first row holding every heading, and the column of each. */
        Header header(String... headings) {
            for (int r = 0; r < rows(); r++) {
                int[] columns = new int[headings.length];
                boolean all = true;
                for (int h = 0; h < headings.length && all; h++) {
                    columns[h] = -1;
                    for (int c = 0; c < columns(r); c++) {
                        if (normal(text(r, c)).equals(normal(headings[h]))) {
                            columns[h] = c;
                            break;
                        }
                    }
                    all = columns[h] >= 0;
                }
                if (all) {
                    return new Header(r, columns);
                }
            }
            return null;
        }

        boolean blank(int r, int[] columns) {
            for (int c : columns) {
                if (!text(r, c).isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        /** A row that opens the next section (其他需完成的任务 …): a key-task table ends there. */
        boolean startsSection(int r) {
            for (int c = 0; c < columns(r); c++) {
                String text = normal(text(r, c));
                if (!text.isEmpty()) {
                    return LABELS.contains(text);
                }
            }
            return false;
        }

        /** The first row of the merged region (r, c) lies in, or r. */
        int origin(int r, int c) {
            for (CellRangeAddress region : merged) {
                if (region.isInRange(r, c)) {
                    return region.getFirstRow();
                }
            }
            return r;
        }

        String reference(int r, int c) {
            return sheet.getSheetName() + "!" + new CellReference(r, c).formatAsString(false);
        }
    }
}
