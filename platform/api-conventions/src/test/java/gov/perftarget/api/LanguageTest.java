package gov.perftarget.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Accept-Language picks Chinese or English by weight; Chinese when the client names neither. */
class LanguageTest {

    @ParameterizedTest(name = "[{index}] ''{0}'' → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL                          | ZH",
            "''                            | ZH",
            "en                            | EN",
            "en-US                         | EN",
            "EN-gb                         | EN",
            "zh-CN                         | ZH",
            "zh-Hans-CN, en;q=0.8          | ZH",
            "en-US,en;q=0.9,zh-CN;q=0.8    | EN",
            "zh;q=0.5, en;q=0.9            | EN",
            "fr-FR, en;q=0.5               | EN",
            "fr-FR, de                     | ZH",
            "*                             | ZH",
            "en;q=0, zh;q=0.1              | ZH",
            "en;q=abc                      | ZH",
            "en, zh                        | EN",
            "';'                           | ZH",
            "';;,en'                       | EN",
            "',,,'                         | ZH",
            "en;q=NaN, zh;q=0.1            | ZH",
            "en;q=Infinity                 | ZH",
    })
    void shouldChooseTheLanguageByWeight(String header, Language expected) {
        assertEquals(expected, Language.fromAcceptLanguage(header));
    }
}
