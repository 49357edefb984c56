package gov.perftarget.workbooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A published list as a printable workbook: a title over a table with one heading row and one row per item,
 * landscape A4 with the title and headings on every page. Money cells show two decimals and thousands separators.
 */
public final class TableWorkbook {

    /** The media type of the workbooks the services export. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** How a column's values are shown. */
    public enum Kind {
        TEXT, NUMBER, MONEY, PERCENT
    }

    /** A column: its heading, its width in characters and how its values are shown. */
    public record Column(String heading, int width, Kind kind) {
    }

    private TableWorkbook() {
    }

    /**
     * @param rows one list of values per row, in the columns' order: a {@link BigDecimal} for MONEY and PERCENT, a
     *             {@link Number} or text for NUMBER, anything for TEXT (its text); null leaves the cell empty
     */
    public static byte[] write(String sheetName, String title, List<Column> columns, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            Sheet sheet = workbook.createSheet(sheetName);
            Sheets.widths(sheet, columns.stream().mapToInt(Column::width).toArray());
            Sheets.Rows next = new Sheets.Rows(sheet);
            Sheets.merged(sheet, next.next(30), 0, columns.size() - 1, title, styles.title);
            Sheets.headings(next.next(30), styles, columns.stream().map(Column::heading).toArray(String[]::new));
            for (List<Object> values : rows) {
                Row row = next.next(20);
                for (int i = 0; i < columns.size(); i++) {
                    write(row, i, columns.get(i).kind(), values.get(i), styles);
                }
            }
            Sheets.print(sheet, CellRangeAddress.valueOf("1:2"));
            sheet.getPrintSetup().setLandscape(true);
            return Sheets.bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, int column, Kind kind, Object value, WorkbookStyles styles) {
        switch (kind) {
            case MONEY -> Sheets.money(row, column, (BigDecimal) value, styles);
            case PERCENT -> Sheets.number(row, column, (BigDecimal) value, styles.percent);
            case NUMBER -> {
                if (value instanceof Number number) {
                    Sheets.number(row, column, new BigDecimal(number.toString()), styles.number);
                } else {
                    Sheets.cell(row, column, value == null ? null : value.toString(), styles.number);
                }
            }
            case TEXT -> Sheets.cell(row, column, value == null ? null : value.toString(), styles.text);
        }
    }
}
