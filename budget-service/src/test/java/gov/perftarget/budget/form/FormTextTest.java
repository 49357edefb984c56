package gov.perftarget.budget.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import gov.perftarget.api.ApiException;
import gov.perftarget.api.ProblemType;
import gov.perftarget.budget.domain.RevisionContent;
import gov.perftarget.budget.representation.DeclarationRequest;
import gov.perftarget.testing.SeedForm;

/** The form's text as a PDF's text extraction gives it, read back field by field. */
public class FormTextTest {

    /** The catalogue of domain.md §2: each 二级 category with its 一级. */
    static final Map<String, String> CATALOGUE = catalogue();

    @Test
    void shouldReadTheSeedTextAsTheSeedsStructuredReading() {
        FormWorkbookReader.Read read = FormText.read(SeedForm.text(), CATALOGUE);

        assertSameContent(FormWorkbookTest.seed(), read);
        assertEquals(null, read.fiscalYear(), "the seed form does not state its year");
    }

    @Test
    void shouldReadAPdfPrintedElsewhereByItsText() {
        byte[] pdf = TextPdf.write(SeedForm.text());

        FormWorkbookReader.Read read = FormFiles.read(pdf, () -> CATALOGUE);

        assertSameContent(FormWorkbookTest.seed(), read);
    }

    @Test
    void shouldReadTheTextSavedAsGb18030() {
        byte[] saved = SeedForm.text().getBytes(java.nio.charset.Charset.forName("GB18030"));

        assertSameContent(FormWorkbookTest.seed(), FormFiles.read(saved, () -> CATALOGUE));
    }

    @Test
    void shouldReadAFormPrintedHereByItsTextWhenItsWorkbookIsGone() throws Exception {
        Form seed = FormWorkbookTest.seed();
        byte[] printed = FormPdf.write(seed, List.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));
        String text = FormFiles.pdfText(printed);

        // a space where the printed form broke a line is gone from its text, as from any PDF's
        assertSameContent(seed, read(text), value -> value.replace(" ", ""));
    }

    // --- refusals, each naming its line ---

    @Test
    void shouldRefuseATextThatIsNoForm() {
        ApiException refused = assertThrows(ApiException.class,
                () -> FormFiles.read("会议纪要\n一、关于年度工作安排\n".getBytes(StandardCharsets.UTF_8), () -> CATALOGUE));

        assertEquals(ProblemType.FORM_UNREADABLE.slug(), refused.type().substring(refused.type().lastIndexOf(':') + 1));
        assertEquals("file", refused.errors().get(0).field());
    }

    @Test
    void shouldReadAKeyTaskWithoutFundsAsSuchForTheImportToNameItsLine() {
        String text = SeedForm.text().replace("\n25,192.26\n", "\n");
        int line = Arrays.asList(text.split("\n", -1)).indexOf("年度重点工作任务 人才支撑计划") + 1;

        FormWorkbookReader.Read read = FormText.read(text, CATALOGUE);

        assertEquals(5, read.declaration().keyTasks().size());
        assertEquals("人才支撑计划", read.declaration().keyTasks().get(4).name());
        assertEquals(null, read.declaration().keyTasks().get(4).plannedFunds());
        assertTrue(read.cells().get("keyTasks[4].plannedFunds").matches("第\\d+行"));
        assertEquals("第" + line + "行", read.cells().get("keyTasks[4].name"));
    }

    @Test
    void shouldNameALineBeforeAnyCategory() {
        String text = SeedForm.text().replace("产出指标\n\n数量指标\n", "多余的一行\n\n产出指标\n\n数量指标\n");
        int line = Arrays.asList(text.split("\n", -1)).indexOf("多余的一行") + 1;

        ApiException refused = assertThrows(ApiException.class, () -> FormText.read(text, CATALOGUE));

        assertEquals("第" + line + "行", refused.errors().get(0).field());
    }

    @Test
    void shouldNameTheLineOfAMissingLabel() {
        String text = SeedForm.text().replace("总体绩效目标", "总体目标");

        ApiException refused = assertThrows(ApiException.class, () -> FormText.read(text, CATALOGUE));

        assertTrue(refused.errors().stream().anyMatch(error -> error.message().contains("总体绩效目标")),
                refused.errors().toString());
    }

    static Stream<Arguments> formsInLayouts() {
        List<Form> forms = new ArrayList<>();
        forms.add(FormWorkbookTest.seed());
        forms.addAll(OtherFieldForms.all());
        List<Arguments> cases = new ArrayList<>();
        for (int f = 0; f < forms.size(); f++) {
            for (FormTextRendering.Layout layout : FormTextRendering.LAYOUTS) {
                cases.add(Arguments.of(forms.get(f).content().departmentName(), layout, forms.get(f)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{index}: {0}, {1}")
    @MethodSource("formsInLayouts")
    void shouldReadBackAFormSetInAnyLayout(String department, FormTextRendering.Layout layout, Form form) {
        String text = FormTextRendering.render(form, layout, CATALOGUE);
        FormWorkbookReader.Read read = read(text);

        assertSameContent(FormTextRendering.asPrinted(form, layout, CATALOGUE), read);
        assertEquals(form.content().fiscalYear(), read.fiscalYear(), "from the title");
    }

    /** The text read, or a failure that shows each problem and the text. */
    private static FormWorkbookReader.Read read(String text) {
        try {
            return FormText.read(text, CATALOGUE);
        } catch (ApiException refused) {
            throw new AssertionError(refused.errors() + "\n" + text, refused);
        }
    }

    static void assertSameContent(Form expected, FormWorkbookReader.Read read) {
        assertSameContent(expected, read, UnaryOperator.identity());
    }

    /** Field by field, each text compared as {@code text} makes it. */
    static void assertSameContent(Form expected, FormWorkbookReader.Read read, UnaryOperator<String> text) {
        RevisionContent content = expected.content();
        DeclarationRequest declaration = read.declaration();
        assertEquals(content.budget(), declaration.budget());
        assertEquals(applied(text, content.overallTarget()), applied(text, declaration.overallTarget()));
        assertEquals(applied(text, content.otherTasks()), applied(text, declaration.otherTasks()));
        assertEquals(content.keyTasks().stream().map(t -> List.of(text.apply(t.name()), text.apply(t.content()),
                t.plannedFunds().toPlainString(), text.apply(t.expectedOutcome()))).toList(),
                declaration.keyTasks().stream().map(t -> List.of(text.apply(t.name()), text.apply(t.content()),
                        t.plannedFunds().toPlainString(), text.apply(t.expectedOutcome()))).toList());
        for (int i = 0; i < Math.min(expected.indicators().size(), read.indicators().size()); i++) {
            Form.Indicator want = expected.indicators().get(i);
            Form.Indicator got = read.indicators().get(i);
            assertEquals(List.of(want.level1Category(), want.level2Category(), text.apply(want.name()),
                    text.apply(want.periodTarget()), text.apply(want.annualTarget())),
                    List.of(got.level1Category(), got.level2Category(), text.apply(got.name()),
                            text.apply(got.periodTarget()), text.apply(got.annualTarget())), "indicator " + i);
        }
        assertEquals(expected.indicators().size(), read.indicators().size());
    }

    private static String applied(UnaryOperator<String> text, String value) {
        return value == null ? null : text.apply(value);
    }

    private static Map<String, String> catalogue() {
        Map<String, String> catalogue = new LinkedHashMap<>();
        for (String level2 : List.of("数量指标", "质量指标", "时效指标", "成本指标")) {
            catalogue.put(level2, "产出指标");
        }
        for (String level2 : List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标")) {
            catalogue.put(level2, "效益指标");
        }
        catalogue.put("服务对象满意度指标", "满意度指标");
        return catalogue;
    }
}
