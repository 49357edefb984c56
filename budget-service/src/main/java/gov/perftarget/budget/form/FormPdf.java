package gov.perftarget.budget.form;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import gov.perftarget.budget.domain.RevisionContent;
import gov.perftarget.rules.BudgetOverview;

/**
 * Prints 部门整体预算绩效目标申报表 as an A4 PDF with Apache PDFBox: the sections of the workbook in the same order,
 * as bordered tables; a row is never split across pages (unless it is taller than a page), a table's header row
 * is repeated on each page it continues on, and every page is numbered. The Chinese glyphs come from a CJK font
 * installed on the machine ({@code fonts-wqy-zenhei}), embedded as a subset with its Unicode map, so that the
 * text can be copied out of the document. The form's workbook travels inside as an attachment, so that the PDF
 * can be imported again ({@link #attachedWorkbook}).
 */
public final class FormPdf {

    public static final String MEDIA_TYPE = "application/pdf";
    /** What the API documents show for a PDF body. */
    public static final String EXAMPLE = "(PDF: binary)";

    private static final float MARGIN = 40;
    private static final float FONT_SIZE = 9;
    private static final float LEADING = 12;
    private static final float PADDING = 3;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;

    private FormPdf() {
    }

    /** The form as a PDF, its glyphs from the first of {@code fonts} that exists (a TrueType font or collection). */
    public static byte[] write(Form form, List<String> fonts) {
        try (PDDocument document = new PDDocument(); TrueTypeCollection collection = collection(fonts)) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(font -> {
                if (first[0] == null) {
                    first[0] = font;
                }
            });
            PDFont font = PDType0Font.load(document, first[0], true);
            Layout layout = new Layout(document, font);
            layout.title(FormWorkbook.title(form));
            formTables(layout, form.content());
            indicatorTable(layout, form.indicators());
            layout.finish();
            attachWorkbook(document, FormWorkbook.write(form));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name of the workbook a printed form carries, so that the PDF can be imported as exactly that form. */
    static final String ATTACHMENT = "form.xlsx";

    /**
     * Attaches the form's workbook to the PDF (an embedded file, as PDF/A-3 carries source data): a department
     * that keeps only the PDF can import it again, field for field, without reading the printed text back.
     */
    private static void attachWorkbook(PDDocument document, byte[] workbook) throws IOException {
        PDComplexFileSpecification file = new PDComplexFileSpecification();
        file.setFile(ATTACHMENT);
        file.setFileUnicode(ATTACHMENT);
        PDEmbeddedFile embedded = new PDEmbeddedFile(document, new ByteArrayInputStream(workbook));
        embedded.setSubtype(FormWorkbook.MEDIA_TYPE);
        embedded.setSize(workbook.length);
        file.setEmbeddedFile(embedded);
        file.setEmbeddedFileUnicode(embedded);
        PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
        files.setNames(Map.of(ATTACHMENT, file));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
        names.setEmbeddedFiles(files);
        document.getDocumentCatalog().setNames(names);
    }

    /** The workbook a PDF this platform printed carries; empty for any other PDF. */
    public static Optional<byte[]> attachedWorkbook(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
            if (names == null || names.getEmbeddedFiles() == null || names.getEmbeddedFiles().getNames() == null) {
                return Optional.empty();
            }
            PDComplexFileSpecification file = names.getEmbeddedFiles().getNames().get(ATTACHMENT);
            if (file == null || file.getEmbeddedFile() == null) {
                return Optional.empty();
            }
            return Optional.of(file.getEmbeddedFile().toByteArray());
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not a PDF, or a damaged one: nothing to import from it
        }
    }

    private static TrueTypeCollection collection(List<String> fonts) throws IOException {
        for (String path : fonts) {
            File file = new File(path);
            if (file.isFile()) {
                return new TrueTypeCollection(file);
            }
        }
        throw new IOException("No CJK font at " + fonts + ": install fonts-wqy-zenhei");
    }

    private static void formTables(Layout layout, RevisionContent content) throws IOException {
        float[] four = { 0.22f, 0.28f, 0.22f, 0.28f };
        layout.row(four, false, text(FormWorkbook.DEPARTMENT_NAME, Style.LABEL), text(content.departmentName(), Style.TEXT),
                text(FormWorkbook.SUBORDINATE_UNITS, Style.LABEL),
                text(String.valueOf(content.subordinateUnitCount()), Style.CENTER));
        layout.section(FormWorkbook.BUDGET);
        BudgetOverview budget = content.budget();
        layout.row(four, false, label("部门预算支出"), label(FormWorkbook.AMOUNT), label("收入来源"), label(FormWorkbook.AMOUNT));
        amounts(layout, four, budget, FormWorkbook.Amount.BASIC_EXPENDITURE, FormWorkbook.Amount.FISCAL_APPROPRIATION);
        amounts(layout, four, budget, FormWorkbook.Amount.PROJECT_EXPENDITURE, FormWorkbook.Amount.OTHER_INCOME);
        layout.row(four, false, label("事业发展性支出"), label(FormWorkbook.AMOUNT), label("按预算级次划分"),
                label(FormWorkbook.AMOUNT));
        amounts(layout, four, budget, FormWorkbook.Amount.SPECIAL_FUNDS, FormWorkbook.Amount.CITY_LEVEL_USE);
        amounts(layout, four, budget, FormWorkbook.Amount.OTHER_DEVELOPMENT_EXPENDITURE,
                FormWorkbook.Amount.TRANSFER_TO_LOWER_LEVELS);
        layout.section(FormWorkbook.OVERALL_TARGET);
        layout.row(new float[] { 1 }, false, text(content.overallTarget(), Style.TEXT));

        layout.section(FormWorkbook.KEY_TASKS);
        float[] tasks = { 0.16f, 0.38f, 0.14f, 0.32f };
        Cell[] header = { label(FormWorkbook.TASK_NAME), label(FormWorkbook.TASK_CONTENT), label(FormWorkbook.TASK_FUNDS),
            label(FormWorkbook.TASK_OUTCOME) };
        layout.header(tasks, header);
        for (RevisionContent.KeyTaskContent task : content.keyTasks() == null ? List.<RevisionContent.KeyTaskContent>of()
                : content.keyTasks()) {
            layout.row(tasks, true, text(task.name(), Style.TEXT), text(task.content(), Style.TEXT),
                    text(money(task.plannedFunds()), Style.NUMBER), text(task.expectedOutcome(), Style.TEXT));
        }
        layout.endTable();
        if (content.otherTasks() != null && !content.otherTasks().isBlank()) {
            layout.section(FormWorkbook.OTHER_TASKS);
            layout.row(new float[] { 1 }, false, text(content.otherTasks(), Style.TEXT));
        }
    }

    private static void indicatorTable(Layout layout, List<Form.Indicator> indicators) throws IOException {
        layout.gap();
        layout.section(FormWorkbook.INDICATOR_SHEET);
        float[] columns = { 0.11f, 0.13f, 0.26f, 0.25f, 0.25f };
        layout.header(columns, new Cell[] { label(FormWorkbook.LEVEL1), label(FormWorkbook.LEVEL2),
            label(FormWorkbook.LEVEL3), label(FormWorkbook.PERIOD_TARGET), label(FormWorkbook.ANNUAL_TARGET) });
        for (Form.Indicator indicator : indicators) {
            layout.row(columns, true, text(indicator.level1Category(), Style.TEXT), text(indicator.level2Category(), Style.TEXT),
                    text(indicator.name(), Style.TEXT), text(indicator.periodTarget(), Style.TEXT),
                    text(indicator.annualTarget(), Style.TEXT));
        }
        layout.endTable();
    }

    private static void amounts(Layout layout, float[] widths, BudgetOverview budget, FormWorkbook.Amount left,
            FormWorkbook.Amount right) throws IOException {
        layout.row(widths, false, label(left.label), text(money(budget == null ? null : left.value.apply(budget)), Style.NUMBER),
                label(right.label), text(money(budget == null ? null : right.value.apply(budget)), Style.NUMBER));
    }

    /** Amounts as the form prints them: two decimals, thousands separated (494,772.54). */
    static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }

    private enum Style {
        LABEL, TEXT, NUMBER, CENTER, SECTION
    }

    private record Cell(String text, Style style) {
    }

    private static Cell text(String text, Style style) {
        return new Cell(text == null ? "" : text, style);
    }

    private static Cell label(String text) {
        return new Cell(text, Style.LABEL);
    }

    /** Places rows top to bottom, page after page; remembers the header row of the table being placed. */
    private static final class Layout {
        private final PDDocument document;
        private final PDFont font;
        private final Map<Integer, Boolean> printable = new HashMap<>();
        private PDPageContentStream page;
        private float y;
        private float[] headerWidths;
        private Cell[] header;

        Layout(PDDocument document, PDFont font) throws IOException {
            this.document = document;
            this.font = font;
            newPage();
        }

        void title(String title) throws IOException {
            float size = 15;
            String shown = printable(title);
            float width = font.getStringWidth(shown) / 1000 * size;
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset((PAGE.getWidth() - width) / 2, y - size);
            page.showText(shown);
            page.endText();
            y -= size + 12;
        }

        void section(String name) throws IOException {
            row(new float[] { 1 }, false, new Cell(name, Style.SECTION));
        }

        void gap() {
            y -= 10;
        }

        /** Starts a table whose header row is repeated on every page it continues on. */
        void header(float[] widths, Cell[] cells) throws IOException {
            headerWidths = widths;
            header = cells;
            row(widths, false, cells);
        }

        void endTable() {
            header = null;
        }

        /** One row, whole on one page: if it does not fit, the page ends before it (a tall row is split only if taller than a page). */
        void row(float[] widths, boolean inTable, Cell... cells) throws IOException {
            List<List<String>> lines = new ArrayList<>();
            int most = 1;
            for (int i = 0; i < cells.length; i++) {
                List<String> wrapped = wrap(cells[i].text(), widths[i] * WIDTH - 2 * PADDING);
                lines.add(wrapped);
                most = Math.max(most, wrapped.size());
            }
            int fit = (int) ((y - MARGIN - 2 * PADDING) / LEADING);
            if (most > fit) {
                int pageLines = (int) ((PAGE.getHeight() - 3 * MARGIN - 2 * PADDING) / LEADING);
                if (most <= pageLines || fit < 3) {
                    newPage();
                    if (inTable && header != null) {
                        row(headerWidths, false, header);
                    }
                } else {
                    // taller than a page: fill this one and go on with the rest
                    drawRow(widths, cells, slice(lines, 0, fit), fit);
                    newPage();
                    List<List<String>> rest = slice(lines, fit, most);
                    drawRow(widths, cells, rest, most - fit);
                    return;
                }
            }
            drawRow(widths, cells, lines, most);
        }

        private static List<List<String>> slice(List<List<String>> lines, int from, int to) {
            List<List<String>> part = new ArrayList<>();
            for (List<String> cell : lines) {
                part.add(cell.subList(Math.min(from, cell.size()), Math.min(to, cell.size())));
            }
            return part;
        }

        private void drawRow(float[] widths, Cell[] cells, List<List<String>> lines, int count) throws IOException {
            float height = count * LEADING + 2 * PADDING;
            float x = MARGIN;
            for (int i = 0; i < cells.length; i++) {
                float width = widths[i] * WIDTH;
                if (cells[i].style() == Style.SECTION) {
                    page.setNonStrokingColor(0.85f);
                    page.addRect(x, y - height, width, height);
                    page.fill();
                    page.setNonStrokingColor(0f);
                }
                page.addRect(x, y - height, width, height);
                page.stroke();
                float lineY = y - PADDING - FONT_SIZE;
                for (String line : lines.get(i)) {
                    float textWidth = font.getStringWidth(line) / 1000 * FONT_SIZE;
                    float textX = switch (cells[i].style()) {
                        case NUMBER -> x + width - PADDING - textWidth;
                        case LABEL, CENTER -> x + (width - textWidth) / 2;
                        default -> x + PADDING;
                    };
                    page.beginText();
                    page.setFont(font, FONT_SIZE);
                    page.newLineAtOffset(textX, lineY);
                    page.showText(line);
                    page.endText();
                    lineY -= LEADING;
                }
                x += width;
            }
            y -= height;
        }

        /** The text in lines no wider than {@code width}: Chinese breaks between any two characters. */
        private List<String> wrap(String text, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : printable(text).split("\n", -1)) {
                StringBuilder line = new StringBuilder();
                float used = 0;
                for (int offset = 0; offset < paragraph.length();) {
                    int codePoint = paragraph.codePointAt(offset);
                    String character = new String(Character.toChars(codePoint));
                    float advance = font.getStringWidth(character) / 1000 * FONT_SIZE;
                    if (used + advance > width && line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                        used = 0;
                    }
                    line.append(character);
                    used += advance;
                    offset += Character.charCount(codePoint);
                }
                lines.add(line.toString());
            }
            return lines;
        }

        /** The text with what the font cannot show replaced: control characters by spaces, missing glyphs by □. */
        private String printable(String text) {
            StringBuilder shown = new StringBuilder(text.length());
            text.codePoints().forEach(codePoint -> {
                if (codePoint == '\n') {
                    shown.append('\n');
                } else if (Character.isISOControl(codePoint)) {
                    shown.append(' ');
                } else if (printable.computeIfAbsent(codePoint, this::hasGlyph)) {
                    shown.appendCodePoint(codePoint);
                } else {
                    shown.append(hasGlyph((int) '□') ? '□' : '?');
                }
            });
            return shown.toString();
        }

        private boolean hasGlyph(int codePoint) {
            try {
                font.encode(new String(Character.toChars(codePoint)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }

        private void newPage() throws IOException {
            if (page != null) {
                page.close();
            }
            PDPage next = new PDPage(PAGE);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            page.setLineWidth(0.5f);
            y = PAGE.getHeight() - MARGIN;
        }

        /** Closes the last page and numbers every page: 第 n 页，共 N 页. */
        void finish() throws IOException {
            page.close();
            int total = document.getNumberOfPages();
            for (int n = 1; n <= total; n++) {
                try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(n - 1),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String text = "第 " + n + " 页，共 " + total + " 页";
                    float width = font.getStringWidth(text) / 1000 * FONT_SIZE;
                    footer.beginText();
                    footer.setFont(font, FONT_SIZE);
                    footer.newLineAtOffset((PAGE.getWidth() - width) / 2, MARGIN / 2);
                    footer.showText(text);
                    footer.endText();
                }
            }
        }
    }
}
