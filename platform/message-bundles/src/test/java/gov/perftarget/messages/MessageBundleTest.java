package gov.perftarget.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MessageBundleTest {

    @Test
    void shouldFillValuesAsPlainTextInEachLanguagesOwnOrder() {
        assertEquals("第 12345 项：1E+3 万元 / 1000", MessageBundle.fill("第 {0} 项：{1} 万元 / {2}", 12345, "1E+3",
                new BigDecimal("1E+3")), "no grouping of numbers, decimals written out");
        assertEquals("No declaration with id 7", MessageBundle.fill("No {2} with id {1}", "申报表", 7, "declaration"));
        assertEquals("It's {3}", MessageBundle.fill("It's {3}", "a"), "apostrophes are text; a missing value stays visible");
    }

    @Test
    void shouldReadBothLanguagesAsUtf8AndRefuseAnUnknownKey() {
        MessageBundle bundle = MessageBundle.of(MessageBundleTest.class);
        BilingualText text = bundle.text("sample.not-found", "申报表", 7, "declaration");
        assertEquals("未找到申报表：7", text.zh());
        assertEquals("No declaration with id 7", text.en());
        assertThrows(IllegalStateException.class, () -> bundle.text("sample.unknown"));
    }
}
