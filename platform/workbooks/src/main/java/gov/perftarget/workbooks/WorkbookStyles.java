package gov.perftarget.workbooks;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few styles of a printed sheet: bordered cells, wrapped text, money with two decimals and thousands separators. */
public final class WorkbookStyles {

    public final CellStyle title;
    public final CellStyle section;
    public final CellStyle label;
    public final CellStyle text;
    public final CellStyle money;
    public final CellStyle number;
    public final CellStyle percent;

    public WorkbookStyles(XSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 16);
        title = workbook.createCellStyle();
        title.setFont(large);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        section = bordered(workbook);
        section.setFont(bold);
        section.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        section.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        label = bordered(workbook);
        label.setFont(bold);
        label.setAlignment(HorizontalAlignment.CENTER);
        text = bordered(workbook);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        money = bordered(workbook);
        money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        money.setAlignment(HorizontalAlignment.RIGHT);
        number = bordered(workbook);
        number.setAlignment(HorizontalAlignment.CENTER);
        percent = bordered(workbook);
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        percent.setAlignment(HorizontalAlignment.RIGHT);
    }

    private static CellStyle bordered(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }
}
