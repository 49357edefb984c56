package gov.perftarget.budget.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import gov.perftarget.api.ApiException;
import gov.perftarget.api.InvalidField;
import gov.perftarget.budget.domain.RevisionContent;
import gov.perftarget.budget.representation.DeclarationRequest;
import gov.perftarget.rules.BudgetOverview;
import gov.perftarget.testing.SeedForm;

/** The official form as a workbook: written in its layout, read back by its labels, each problem named by its cell. */
public class FormWorkbookTest {

    // --- round trips ---

    @Test
    void shouldReadBackTheSeedFormFieldByField() {
        Form seed = seed();
        FormWorkbookReader.Read read = FormWorkbookReader.read(FormWorkbook.write(seed));

        assertSame(seed, read);
        assertEquals(2023, read.fiscalYear(), "from the title");
        assertEquals("申报表!B5", read.cells().get("budget.basicExpenditure"));
    }

    static Stream<Form> formsOfOtherFields() {
        return OtherFieldForms.all().stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("formsOfOtherFields")
    void shouldReadBackFormsOfOtherFieldsOfWork(Form form) {
        assertSame(form, FormWorkbookReader.read(FormWorkbook.write(form)));
    }

    @Test
    void shouldReadTheBlankTemplateAsAFormWithNothingFilledIn() {
        ApiException refused = assertThrows(ApiException.class, () -> FormWorkbookReader.read(FormWorkbook.template()));
        assertEquals("form-invalid", refused.type());
        assertTrue(refused.errors().stream().anyMatch(e -> e.field().startsWith("申报表!")), refused.errors().toString());
    }

    // --- what people do to a workbook ---

    @Test
    void shouldReadAmountsWrittenAsTextFormulasMergedCellsTrailingSpacesAndAMovedColumn() throws IOException {
        Workbook workbook = workbook(seed());
        Sheet form = workbook.getSheet(FormWorkbook.FORM_SHEET);
        set(form, "基本支出", "１６,４６７.８５万元 "); // full-width digits, separator, unit and a space, as text
        set(form, "项目支出", "7，914.13");
        Cell fiscal = right(form, "财政拨款");
        fiscal.setCellFormula("16467.85+7914.13+470390.56");  // a formula, read by its value
        form.shiftRows(10, form.getLastRowNum(), 1); // an extra blank row before the overall target
        Sheet indicators = workbook.getSheet(FormWorkbook.INDICATOR_SHEET);
        for (Row row : indicators) { // the columns moved one to the right
            for (int c = row.getLastCellNum() - 1; c >= 0; c--) {
                Cell from = row.getCell(c);
                Cell to = row.createCell(c + 1);
                if (from != null) {
                    to.setCellValue(from.getStringCellValue() + "  ");
                    row.removeCell(from);
                }
            }
        }
        while (indicators.getNumMergedRegions() > 0) {
            indicators.removeMergedRegion(0); // merged categories now written once, blank below
        }

        FormWorkbookReader.Read read = FormWorkbookReader.read(bytes(workbook));

        BudgetOverview budget = read.declaration().budget();
        assertEquals(new BigDecimal("16467.85"), budget.basicExpenditure());
        assertEquals(new BigDecimal("7914.13"), budget.projectExpenditure());
        assertEquals(new BigDecimal("494772.54"), budget.fiscalAppropriation());
        assertEquals(seed().indicators(), read.indicators(), "categories carried down, trailing spaces dropped");
        assertEquals(seed().content().overallTarget(), read.declaration().overallTarget());
    }

    @Test
    void shouldNameTheCellOfAValueThatIsNoAmount() throws IOException {
        Workbook workbook = workbook(seed());
        set(workbook.getSheet(FormWorkbook.FORM_SHEET), "其他资金", "约一百万");

        ApiException refused = assertThrows(ApiException.class, () -> FormWorkbookReader.read(bytes(workbook)));

        assertEquals("form-invalid", refused.type());
        InvalidField problem = refused.errors().get(0);
        assertEquals("申报表!D6", problem.field());
        assertTrue(problem.message().contains("约一百万"), problem.message());
    }

    @Test
    void shouldNameTheSheetOfAMissingLabel() throws IOException {
        Workbook workbook = workbook(seed());
        set(workbook.getSheet(FormWorkbook.FORM_SHEET), "市本级使用资金", null);
        labelCell(workbook.getSheet(FormWorkbook.FORM_SHEET), "市本级使用资金").setCellValue("市级资金");

        ApiException refused = assertThrows(ApiException.class, () -> FormWorkbookReader.read(bytes(workbook)));

        assertTrue(refused.errors().stream().anyMatch(e -> e.field().equals("申报表") && e.message().contains("市本级使用资金")),
                refused.errors().toString());
    }

    @Test
    void shouldRefuseAFileThatIsNoWorkbook() {
        assertUnreadable("%PDF-1.7 not a workbook".getBytes(), "不是 Excel 工作簿");
        assertUnreadable(new byte[0], "不是 Excel 工作簿");
    }

    @Test
    void shouldRefuseACorruptWorkbook() {
        byte[] whole = FormWorkbook.write(seed());
        assertUnreadable(java.util.Arrays.copyOf(whole, whole.length / 2), "损坏");
    }

    @Test
    void shouldRefuseAPasswordProtectedWorkbook() throws Exception {
        byte[] plain = FormWorkbook.write(seed());
        POIFSFileSystem encrypted = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("secret");
        try (OutputStream out = encryptor.getDataStream(encrypted);
                Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(plain))) {
            workbook.write(out);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        encrypted.writeFilesystem(file);
        assertUnreadable(file.toByteArray(), "密码");
    }

    @Test
    void shouldRefuseAWorkbookWithoutTheForm() throws IOException {
        XSSFWorkbook other = new XSSFWorkbook();
        other.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("工资表");
        assertUnreadable(bytes(other), "没有申报表");
    }

    // --- helpers ---

    private static void assertUnreadable(byte[] file, String says) {
        ApiException refused = assertThrows(ApiException.class, () -> FormWorkbookReader.read(file));
        assertEquals("form-unreadable", refused.type());
        assertEquals("file", refused.errors().get(0).field());
        assertTrue(refused.detail().zh().contains(says), refused.detail().zh());
    }

    private static void assertSame(Form expected, FormWorkbookReader.Read read) {
        RevisionContent content = expected.content();
        DeclarationRequest declaration = read.declaration();
        assertEquals(content.budget(), declaration.budget());
        assertEquals(content.overallTarget(), declaration.overallTarget());
        assertEquals(content.otherTasks(), declaration.otherTasks());
        assertEquals(content.keyTasks().size(), declaration.keyTasks().size());
        for (int i = 0; i < content.keyTasks().size(); i++) {
            RevisionContent.KeyTaskContent task = content.keyTasks().get(i);
            DeclarationRequest.KeyTaskRequest readTask = declaration.keyTasks().get(i);
            assertEquals(List.of(task.name(), task.content(), task.expectedOutcome()),
                    List.of(readTask.name(), readTask.content(), readTask.expectedOutcome()));
            assertEquals(0, task.plannedFunds().compareTo(readTask.plannedFunds()), task.name());
        }
        assertEquals(expected.indicators(), read.indicators());
        assertEquals(content.fiscalYear(), read.fiscalYear());
    }

    public static Form seed() {
        JsonNode form = SeedForm.form();
        JsonNode budget = form.get("budget");
        BudgetOverview overview = new BudgetOverview(money(budget, "basicExpenditure"), money(budget, "projectExpenditure"),
                money(budget, "fiscalAppropriation"), money(budget, "otherIncome"), money(budget, "specialFunds"),
                money(budget, "otherDevelopmentExpenditure"), money(budget, "cityLevelUse"),
                money(budget, "transferToLowerLevels"));
        List<RevisionContent.KeyTaskContent> tasks = new ArrayList<>();
        for (JsonNode task : form.get("keyTasks")) {
            tasks.add(new RevisionContent.KeyTaskContent(task.get("name").asText(), task.get("content").asText(),
                    new BigDecimal(task.get("plannedFunds").asText()), task.get("expectedOutcome").asText()));
        }
        RevisionContent content = new RevisionContent(UUID.randomUUID(), "GZSTB", SeedForm.DEPARTMENT_NAME, 2, 2023,
                overview, form.get("overallTarget").asText(), tasks, null);
        List<Form.Indicator> indicators = new ArrayList<>();
        for (Map<String, Object> indicator : SeedForm.indicators()) {
            indicators.add(new Form.Indicator((String) indicator.get("level1Category"),
                    (String) indicator.get("level2Category"), (String) indicator.get("name"),
                    (String) indicator.get("periodTarget"), (String) indicator.get("annualTarget")));
        }
        return new Form(content, 0, indicators);
    }

    private static BigDecimal money(JsonNode budget, String field) {
        return new BigDecimal(budget.get(field).asText());
    }

    private static Workbook workbook(Form form) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(FormWorkbook.write(form)));
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private static Cell labelCell(Sheet sheet, String label) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().equals(label)) {
                    return cell;
                }
            }
        }
        throw new AssertionError("no " + label);
    }

    private static Cell right(Sheet sheet, String label) {
        Cell cell = labelCell(sheet, label);
        return cell.getRow().getCell(cell.getColumnIndex() + 1);
    }

    private static void set(Sheet sheet, String label, String text) {
        Cell cell = right(sheet, label);
        if (text == null) {
            cell.setBlank();
        } else {
            cell.setCellValue(text);
        }
    }
}
