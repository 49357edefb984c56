package gov.perftarget.budget.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printed form: A4, Chinese text embedded and extractable, headers repeated, pages numbered. */
class FormPdfTest {

    private static final List<String> FONTS = List.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    @Test
    void shouldPrintTheSeedFormWithItsTextExtractable() throws IOException {
        Form seed = FormWorkbookTest.seed();
        try (PDDocument pdf = Loader.loadPDF(FormPdf.write(seed, FONTS))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
            assertTrue(text.contains("广州市科学技术局"));
            assertTrue(text.contains("494,772.54"), "money with thousands separators");
            for (Form.Indicator indicator : seed.indicators()) {
                assertTrue(text.contains(indicator.name().replaceAll("\\s", "")), indicator.name());
            }
            for (PDPage page : pdf.getPages()) {
                assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 0.5);
                assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 0.5);
            }
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 2, pages + " pages");
            assertTrue(text.contains("第1页，共" + pages + "页") && text.contains("第" + pages + "页，共" + pages + "页"));
        }
    }

    @Test
    void shouldCarryTheFormsWorkbookSoThatThePdfImportsFieldForField() throws IOException {
        Form seed = FormWorkbookTest.seed();
        byte[] pdf = FormPdf.write(seed, FONTS);
        FormWorkbookReader.Read read = FormWorkbookReader.read(FormPdf.attachedWorkbook(pdf).orElseThrow());
        assertEquals(seed.content().budget(), read.declaration().budget());
        assertEquals(seed.indicators(), read.indicators());
        assertTrue(FormPdf.attachedWorkbook("%PDF-1.7 nothing".getBytes()).isEmpty());
    }

    @Test
    void shouldRepeatTheIndicatorHeaderOnEveryPageTheTableRunsOn() throws IOException {
        List<Form.Indicator> many = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            many.add(new Form.Indicator("产出指标", "数量指标", "第" + i + "项指标", "≥" + i + "项", "≥" + i + "项"));
        }
        Form form = new Form(FormWorkbookTest.seed().content(), 3, many);
        try (PDDocument pdf = Loader.loadPDF(FormPdf.write(form, FONTS))) {
            PDFTextStripper stripper = new PDFTextStripper();
            int withIndicators = 0;
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                if (text.contains("项指标")) {
                    withIndicators++;
                    assertTrue(text.contains("实施周期指标值"), "page " + page + " repeats the header");
                }
            }
            assertTrue(withIndicators >= 3, withIndicators + " pages of indicators");
        }
    }

    @Test
    void shouldPrintTextTheFontCannotShowWithoutFailing() throws IOException {
        Form seed = FormWorkbookTest.seed();
        Form odd = new Form(seed.content(), 0, List.of(new Form.Indicator("产出指标", "数量指标", "控制\u0007字符与😀表情",
                "≥1项\n第二行", "≤2‰")));
        try (PDDocument pdf = Loader.loadPDF(FormPdf.write(odd, FONTS))) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("字符与"));
        }
    }
}
