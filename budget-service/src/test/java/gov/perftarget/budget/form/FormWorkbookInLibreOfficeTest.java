package gov.perftarget.budget.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported workbook opens in another spreadsheet program: LibreOffice converts it to a PDF that holds the
 * form's text. The test command installs LibreOffice (Debian's libreoffice-calc-nogui).
 */
class FormWorkbookInLibreOfficeTest {

    @Test
    void shouldOpenInLibreOffice(@TempDir Path directory) throws IOException, InterruptedException {
        Path workbook = directory.resolve("form.xlsx");
        Files.write(workbook, FormWorkbook.write(FormWorkbookTest.seed()));
        Process soffice = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + directory.resolve("profile"),
                "--convert-to", "pdf", "--outdir", directory.toString(), workbook.toString())
                .redirectErrorStream(true).redirectOutput(directory.resolve("soffice.log").toFile()).start();
        assertTrue(soffice.waitFor(180, TimeUnit.SECONDS), "LibreOffice converts within 3 minutes");
        assertEquals(0, soffice.exitValue(), Files.readString(directory.resolve("soffice.log")));
        Path pdf = directory.resolve("form.pdf");
        assertTrue(Files.isRegularFile(pdf), Files.readString(directory.resolve("soffice.log")));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertTrue(text.contains("广州市科学技术局"), "the form's text in LibreOffice's rendering");
            assertTrue(text.contains("494,772.54"), "amounts with two decimals and thousands separators");
        }
    }
}
