package gov.perftarget.workbooks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Layout helpers of a printed sheet: rows with their heights, column widths, A4 with page numbers, cells. */
public final class Sheets {

    private Sheets() {
    }

    /** Rows in order, each with its height in points. */
    public static final class Rows {
        private final Sheet sheet;
        private int index;

        public Rows(Sheet sheet) {
            this.sheet = sheet;
        }

        /** The index the next row will have. */
        public int index() {
            return index;
        }

        public Row next(int points) {
            Row row = sheet.createRow(index++);
            row.setHeightInPoints(points);
            return row;
        }
    }

    /** A row tall enough for {@code text} in a cell about {@code width} characters wide. */
    public static int height(String text, int width, int minimumLines) {
        if (text == null || text.isEmpty()) {
            return 18 * Math.max(1, minimumLines);
        }
        int weight = text.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum(); // a Chinese character takes two
        int lines = Math.max(minimumLines, (weight + width - 1) / width + (int) text.chars().filter(c -> c == '\n').count());
        return Math.min(409, 16 * lines + 6); // Excel's tallest row is 409 points
    }

    public static void widths(Sheet sheet, int[] characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }

    /** A4, as wide as the page, centred, "第 n 页，共 m 页" at the foot, {@code repeatingRows} on every page. */
    public static void print(Sheet sheet, CellRangeAddress repeatingRows) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
        if (repeatingRows != null) {
            sheet.setRepeatingRows(repeatingRows);
        }
    }

    public static void headings(Row row, WorkbookStyles styles, String... labels) {
        for (int i = 0; i < labels.length; i++) {
            cell(row, i, labels[i], styles.label);
        }
    }

    /** An exact decimal as a spreadsheet number in {@code style}; empty when null. */
    public static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            // a spreadsheet number is a double: 15 significant digits hold every amount the API accepts to the fen
            cell.setCellValue(value.doubleValue());
        }
    }

    public static void money(Row row, int column, BigDecimal amount, WorkbookStyles styles) {
        number(row, column, amount, styles.money);
    }

    public static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (text != null) {
            cell.setCellValue(text);
        }
    }

    public static void merged(Sheet sheet, Row row, int from, int to, String text, CellStyle style) {
        for (int column = from; column <= to; column++) {
            cell(row, column, column == from ? text : null, style);
        }
        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to));
    }

    public static void mergeDown(Sheet sheet, int first, int last, int column) {
        if (last > first) {
            sheet.addMergedRegion(new CellRangeAddress(first, last, column, column));
        }
    }

    /** The workbook's bytes. */
    public static byte[] bytes(XSSFWorkbook workbook) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
