package gov.perftarget.budget.form;

import static gov.perftarget.budget.Messages.MESSAGES;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import gov.perftarget.api.ApiException;
import gov.perftarget.api.InvalidField;
import gov.perftarget.api.ProblemType;
import gov.perftarget.messages.BilingualText;

/**
 * A filled form as a department sends it, read by what it is (its first bytes, not the declared media type): a
 * workbook ({@link FormWorkbookReader}); a PDF printed here (the workbook it carries) or any other PDF (its text as
 * PDFBox extracts it, in the order it was written); the form's text as such an extraction gives it ({@link FormText},
 * UTF-8, or GB18030 as Chinese office software saves text).
 */
public final class FormFiles {

    /** The largest number of pages a PDF form is read to: a 500-indicator form prints on far fewer. */
    static final int MAX_PDF_PAGES = 200;

    private FormFiles() {
    }

    /**
     * Reads a form file.
     *
     * @param catalogue the catalogue's 二级 categories with their 一级 (read only for a text)
     */
    public static FormWorkbookReader.Read read(byte[] file, Supplier<Map<String, String>> catalogue) {
        if (isPdf(file)) {
            Optional<byte[]> workbook = FormPdf.attachedWorkbook(file);
            return workbook.isPresent() ? FormWorkbookReader.read(workbook.get())
                    : FormText.read(pdfText(file), catalogue.get());
        }
        Optional<String> text = text(file);
        if (text.isPresent() && FormText.looksLikeForm(text.get())) {
            return FormText.read(text.get(), catalogue.get());
        }
        return FormWorkbookReader.read(file);
    }

    private static boolean isPdf(byte[] file) {
        return file.length >= 5 && new String(file, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
    }

    /** The PDF's text in the order its pages write it, as a PDF's text extraction gives a form's cells. */
    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.getNumberOfPages() > MAX_PDF_PAGES) {
                throw unreadable(MESSAGES.text("form.pdf-too-long", MAX_PDF_PAGES));
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            return stripper.getText(document);
        } catch (InvalidPasswordException e) {
            throw unreadable(MESSAGES.text("form.protected"));
        } catch (ApiException tooLong) {
            throw tooLong;
        } catch (IOException | RuntimeException e) {
            throw unreadable(MESSAGES.text("form.pdf-corrupt"));
        }
    }

    /** The file as text, if it is text: valid UTF-8 (a byte-order mark aside) or GB18030, with no NUL or binary. */
    static Optional<String> text(byte[] file) {
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            try {
                String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
                if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                    return Optional.empty(); // a binary file that happens to decode
                }
                return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
            } catch (CharacterCodingException notThisOne) {
                // try the next
            }
        }
        return Optional.empty();
    }

    private static ApiException unreadable(BilingualText text) {
        return new ApiException(ProblemType.FORM_UNREADABLE, text, List.of(new InvalidField("file", text)));
    }
}
