package gov.perftarget.indicator.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import gov.perftarget.testing.SeedForm;

/**
 * The seed form's ten indicators read by the grammar give exactly the measures of the careful
 * reading in {@code gz-stb-declaration.json}: 19 on each side.
 */
class SeedMeasuresTest {

    @Test
    void shouldReadTheSeedIndicatorsIntoTheirNineteenMeasuresOnEachSide() {
        int period = 0;
        int annual = 0;
        for (JsonNode indicator : SeedForm.form().get("indicators")) {
            period += assertSameMeasures(indicator.get("periodMeasures"),
                    TargetGrammar.parse(indicator.get("periodTarget").asText()), indicator);
            annual += assertSameMeasures(indicator.get("annualMeasures"),
                    TargetGrammar.parse(indicator.get("annualTarget").asText()), indicator);
        }
        assertEquals(SeedForm.form().at("/measureCount/period").asInt(), period);
        assertEquals(SeedForm.form().at("/measureCount/annual").asInt(), annual);
        assertEquals(19, period);
        assertEquals(19, annual);
    }

    private static int assertSameMeasures(JsonNode expected, List<Measure> actual, JsonNode indicator) {
        String where = indicator.get("name").asText();
        assertEquals(expected.size(), actual.size(), where);
        for (int i = 0; i < expected.size(); i++) {
            JsonNode want = expected.get(i);
            Measure got = actual.get(i);
            assertEquals(Nature.valueOf(want.get("nature").asText()), got.nature(), where);
            if (got.nature() == Nature.QUANTITATIVE) {
                assertEquals(want.get("metric").asText(), got.metric(), where);
                assertEquals(want.get("comparator").asText(), got.comparator().symbol(), where);
                assertEquals(0, new BigDecimal(want.get("value").asText()).compareTo(got.value()), where);
                assertEquals(want.get("unit").asText(), got.unit(), where);
                boolean signMissing = want.path("signMissing").asBoolean(false);
                assertEquals(signMissing, got.signMissing(), where);
                assertEquals(signMissing, got.warnings().contains(ParseWarning.SIGN_MISSING), where);
            } else {
                // The reading keeps a sentence's closing 。 on some items and not on others
                // (indicator 4 against 8-10); a measure's text never carries it.
                assertEquals(withoutClosingPunctuation(want.get("text").asText()), got.text(), where);
            }
        }
        return expected.size();
    }

    private static String withoutClosingPunctuation(String text) {
        return text.replaceAll("[。；;，,\\s]+$", "");
    }
}
