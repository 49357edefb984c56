package gov.perftarget.workbooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableWorkbookTest {

    @Test
    void shouldWriteATitledTableWithMoneyAsNumbersAndTitleAndHeadingsOnEveryPrintedPage() throws Exception {
        byte[] bytes = TableWorkbook.write("清单", "2023年度清单", List.of(new TableWorkbook.Column("部门", 20, TableWorkbook.Kind.TEXT),
                new TableWorkbook.Column("金额（万元）", 16, TableWorkbook.Kind.MONEY),
                new TableWorkbook.Column("进度（%）", 10, TableWorkbook.Kind.PERCENT),
                new TableWorkbook.Column("版本", 8, TableWorkbook.Kind.NUMBER)),
                List.of(Arrays.asList("广州市科学技术局", new BigDecimal("494772.54"), new BigDecimal("52.55"), 1),
                        Arrays.asList("空行", null, null, null)));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheet("清单");
            assertEquals("2023年度清单", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(1, sheet.getMergedRegions().size(), "the title spans the table");
            assertEquals("金额（万元）", sheet.getRow(1).getCell(1).getStringCellValue());
            Row row = sheet.getRow(2);
            assertEquals(494772.54, row.getCell(1).getNumericCellValue(), 1e-9);
            assertEquals("#,##0.00", row.getCell(1).getCellStyle().getDataFormatString());
            assertEquals(1, row.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals(CellType.BLANK, sheet.getRow(3).getCell(1).getCellType());
            assertEquals(0, sheet.getRepeatingRows().getFirstRow());
            assertEquals(1, sheet.getRepeatingRows().getLastRow());
            assertTrue(sheet.getPrintSetup().getLandscape());
        }
    }
}
