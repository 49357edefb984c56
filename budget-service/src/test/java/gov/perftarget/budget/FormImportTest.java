package gov.perftarget.budget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import gov.perftarget.budget.form.Form;
import gov.perftarget.budget.form.FormPdf;
import gov.perftarget.budget.form.FormWorkbook;
import gov.perftarget.budget.form.FormWorkbookReader;
import gov.perftarget.budget.form.FormWorkbookTest;
import gov.perftarget.budget.form.TextPdf;
import gov.perftarget.testing.ContractEvents;
import gov.perftarget.testing.Eventually;
import gov.perftarget.testing.SeedForm;
import gov.perftarget.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The official form through the API: import as a draft, export back, the template; refusals leave nothing behind. */
@QuarkusTest
class FormImportTest {

    private static final String XLSX = FormWorkbook.MEDIA_TYPE;

    /** A new department and a declarant of it. */
    private record Department(String id, String token) {
    }

    private static Department newDepartment() {
        String code = DepartmentResourceTest.uniqueCode();
        String id = given().header("Authorization", Tokens.bearer(Tokens.admin())).contentType(ContentType.JSON)
                .body(SeedForm.department(code)).post("/api/v1/departments").then().statusCode(201).extract().path("id");
        return new Department(id, Tokens.bearer(Tokens.declarant(code)));
    }

    private static Response importing(Department department, byte[] workbook) {
        return given().header("Authorization", department.token()).contentType(XLSX).body(workbook)
                .queryParam("departmentId", department.id()).post("/api/v1/declaration-imports");
    }

    private static long declarations(Department department) {
        return given().header("Authorization", department.token()).queryParam("departmentId", department.id())
                .get("/api/v1/declarations").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void shouldImportTheSeedWorkbookAsADraftExportItBackAndConvergeOnARetry() {
        Department department = newDepartment();
        byte[] workbook = FormWorkbook.write(FormWorkbookTest.seed());

        String id = importing(department, workbook).then().statusCode(201)
                .body("declaration.fiscalYear", equalTo(2023))
                .body("declaration.status", equalTo("DRAFT"))
                .body("declaration.budget.fiscalAppropriation", equalTo("494772.54"))
                .body("declaration.keyTasks.size()", equalTo(5))
                .body("indicatorCount", equalTo(10))
                .extract().path("declaration.id");

        byte[] exported = given().header("Authorization", department.token()).get("/api/v1/declarations/" + id + "/form.xlsx")
                .then().statusCode(200).contentType(XLSX).extract().asByteArray();
        FormWorkbookReader.Read read = FormWorkbookReader.read(exported);
        Form seed = FormWorkbookTest.seed();
        assertEquals(seed.content().budget(), read.declaration().budget());
        assertEquals(seed.content().overallTarget(), read.declaration().overallTarget());
        assertEquals(seed.indicators(), read.indicators());

        importing(department, workbook).then().statusCode(200).body("declaration.id", equalTo(id));
        assertEquals(1, declarations(department), "the retried import replaced the draft");
    }

    @Test
    void shouldImportAPrintedFormAndRefuseAPdfThatIsNoForm() throws IOException {
        Department department = newDepartment();
        byte[] printed = FormPdf.write(FormWorkbookTest.seed(), List.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));

        given().header("Authorization", department.token()).contentType(FormPdf.MEDIA_TYPE).body(printed)
                .queryParam("departmentId", department.id()).post("/api/v1/declaration-imports").then().statusCode(201)
                .body("declaration.budget.basicExpenditure", equalTo("16467.85")).body("indicatorCount", equalTo(10));

        Department other = newDepartment();
        given().header("Authorization", other.token()).contentType(FormPdf.MEDIA_TYPE)
                .body("%PDF-1.7\n%%EOF".getBytes()).queryParam("departmentId", other.id())
                .post("/api/v1/declaration-imports").then().statusCode(422)
                .body("type", equalTo("urn:perftarget:problem:form-unreadable"));
        given().header("Authorization", other.token()).contentType(FormPdf.MEDIA_TYPE)
                .body(TextPdf.write("会议纪要\n一、关于年度工作安排")).queryParam("departmentId", other.id())
                .post("/api/v1/declaration-imports").then().statusCode(422)
                .body("type", equalTo("urn:perftarget:problem:form-unreadable"));
        assertEquals(0, declarations(other));
    }

    @Test
    void shouldImportTheFormsTextAsTheSeedsStructuredReading() {
        Department department = newDepartment();

        String id = given().header("Authorization", department.token()).contentType("text/plain; charset=UTF-8")
                .body(SeedForm.text().getBytes(StandardCharsets.UTF_8)).queryParam("departmentId", department.id())
                .queryParam("fiscalYear", 2023).post("/api/v1/declaration-imports").then().statusCode(201)
                .body("declaration.budget.fiscalAppropriation", equalTo("494772.54"))
                .body("declaration.keyTasks.size()", equalTo(5))
                .body("declaration.keyTasks[4].name", equalTo("人才支撑计划"))
                .body("indicatorCount", equalTo(10)).extract().path("declaration.id");

        List<Map<String, Object>> written = IndicatorServiceStandIn.working(UUID.fromString(id));
        List<Map<String, Object>> seed = SeedForm.indicators();
        for (int i = 0; i < seed.size(); i++) {
            for (String field : List.of("level1Category", "level2Category", "name", "periodTarget", "annualTarget")) {
                assertEquals(seed.get(i).get(field), written.get(i).get(field), "indicator " + i + " " + field);
            }
        }
    }

    @Test
    void shouldImportAPdfPrintedElsewhereByItsText() {
        Department department = newDepartment();

        given().header("Authorization", department.token()).contentType(FormPdf.MEDIA_TYPE)
                .body(TextPdf.write(SeedForm.text())).queryParam("departmentId", department.id())
                .queryParam("fiscalYear", 2023).post("/api/v1/declaration-imports").then().statusCode(201)
                .body("declaration.overallTarget", equalTo(SeedForm.form().get("overallTarget").asText()))
                .body("indicatorCount", equalTo(10));
    }

    @Test
    void shouldRefuseAnInvalidTextNamingTheLineAndWriteNothing() {
        Department department = newDepartment();
        String text = SeedForm.text().replace("基本支出 16,467.85", "基本支出 一万六千");
        int line = java.util.Arrays.asList(text.split("\n", -1)).indexOf("基本支出 一万六千 财政拨款 494,772.54") + 1;

        given().header("Authorization", department.token()).contentType("text/plain; charset=UTF-8")
                .body(text.getBytes(StandardCharsets.UTF_8)).queryParam("departmentId", department.id())
                .queryParam("fiscalYear", 2023).post("/api/v1/declaration-imports").then().statusCode(422)
                .body("type", equalTo("urn:perftarget:problem:form-invalid"))
                .body("errors.field", hasItem("第" + line + "行"));
        assertEquals(0, declarations(department));
    }

    @Test
    void shouldRefuseAnInvalidFormNamingTheCellAndWriteNothing() throws IOException {
        Department department = newDepartment();
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(FormWorkbook.write(FormWorkbookTest.seed())));
        Cell taskName = cellHolding(workbook.getSheet(FormWorkbook.FORM_SHEET), "基础研究计划");
        taskName.setBlank();

        importing(department, bytes(workbook)).then().statusCode(422)
                .body("type", equalTo("urn:perftarget:problem:form-invalid"))
                .body("errors.field", hasItem("申报表!" + new org.apache.poi.ss.util.CellReference(taskName).formatAsString(false)));
        assertEquals(0, declarations(department));
    }

    @Test
    void shouldRemoveTheNewDraftWhenIndicatorServiceRefusesItsIndicators() throws IOException {
        Department department = newDepartment();
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(FormWorkbook.write(FormWorkbookTest.seed())));
        cellHolding(workbook.getSheet(FormWorkbook.INDICATOR_SHEET), "数量指标").setCellValue("数目指标");

        importing(department, bytes(workbook)).then().statusCode(422)
                .body("errors.field", hasItem("绩效指标!B3"));
        assertEquals(0, declarations(department), "the draft the import created is gone again");
    }

    @Test
    void shouldRefuseFilesThatAreNoFormWithA4xx() {
        Department department = newDepartment();
        importing(department, "not a workbook".getBytes()).then().statusCode(422)
                .body("type", equalTo("urn:perftarget:problem:form-unreadable")).body("errors[0].field", equalTo("file"));
        importing(department, new byte[6 * 1024 * 1024]).then().statusCode(413)
                .body("type", equalTo("urn:perftarget:problem:form-too-large"));
        assertEquals(0, declarations(department));
    }

    @Test
    void shouldListTheYearsApprovedFormsWithTheirTotalsGradesAndIndicators() throws Exception {
        Department department = newDepartment();
        String id = importing(department, FormWorkbook.write(FormWorkbookTest.seed())).then().statusCode(201)
                .extract().path("declaration.id");
        given().header("Authorization", department.token()).contentType(ContentType.JSON)
                .body("{\"indicatorSetVersion\":1}").post("/api/v1/declarations/" + id + "/submit")
                .then().statusCode(201);
        ContractEvents.send("declaration-reviewed", UUID.fromString(id), ContractEvents.example("declaration-reviewed",
                UUID.fromString(id), 1).put("decision", "APPROVED").put("overallGrade", "GOOD"),
                UUID.randomUUID().toString());
        Eventually.await(() -> "APPROVED".equals(given().header("Authorization", department.token())
                .get("/api/v1/declarations/" + id).path("status")));

        byte[] list = given().header("Authorization", Tokens.bearer(Tokens.reviewer())).queryParam("fiscalYear", 2023)
                .get("/api/v1/approved-forms.xlsx").then().statusCode(200).contentType(XLSX).extract().asByteArray();
        String code = given().header("Authorization", department.token()).get("/api/v1/declarations/" + id)
                .path("departmentCode");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(list))) {
            Row row = cellHolding(workbook.getSheetAt(0), code).getRow();
            assertEquals(494772.54, row.getCell(3).getNumericCellValue(), 0.001, "expenditure total");
            assertEquals("良", row.getCell(7).getStringCellValue());
            assertEquals(10, (int) row.getCell(8).getNumericCellValue(), "indicators of the approved revision");
        }
        byte[] others = given().header("Authorization", Tokens.bearer(Tokens.declarant(code + "-OTHER")))
                .queryParam("fiscalYear", 2023).get("/api/v1/approved-forms.xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(others))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertFalse(cell.toString().equals(code), "another department's declarant sees its own rows only");
                }
            }
        }
    }

    @Test
    void shouldServeTheBlankTemplate() throws IOException {
        byte[] template = given().header("Authorization", Tokens.bearer(Tokens.declarant("ANY")))
                .get("/api/v1/forms/template.xlsx").then().statusCode(200).contentType(XLSX).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertEquals(FormWorkbook.FORM_SHEET, workbook.getSheetName(0));
            assertEquals(FormWorkbook.INDICATOR_SHEET, workbook.getSheetName(1));
        }
    }

    private static Cell cellHolding(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.toString().equals(text)) {
                    return cell;
                }
            }
        }
        throw new AssertionError("no cell holds " + text);
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
