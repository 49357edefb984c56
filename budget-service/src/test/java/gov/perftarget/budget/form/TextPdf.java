package gov.perftarget.budget.form;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A PDF printed elsewhere, for the tests: a text's lines set one below the other, 40 to a page, with no workbook
 * attached, so that an import can only read its text.
 */
public final class TextPdf {

    private static final String FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

    private TextPdf() {
    }

    public static byte[] write(String text) {
        try (PDDocument document = new PDDocument(); TrueTypeCollection collection = new TrueTypeCollection(new File(FONT))) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(font -> {
                if (first[0] == null) {
                    first[0] = font;
                }
            });
            PDFont font = PDType0Font.load(document, first[0], true);
            PDPageContentStream page = null;
            int onPage = 0;
            for (String line : text.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                if (page == null || onPage == 40) {
                    if (page != null) {
                        page.close();
                    }
                    PDPage next = new PDPage(PDRectangle.A4);
                    document.addPage(next);
                    page = new PDPageContentStream(document, next);
                    onPage = 0;
                }
                page.beginText();
                page.setFont(font, 9);
                page.newLineAtOffset(40, 800 - 19 * onPage++);
                page.showText(line.stripTrailing());
                page.endText();
            }
            if (page != null) {
                page.close();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
