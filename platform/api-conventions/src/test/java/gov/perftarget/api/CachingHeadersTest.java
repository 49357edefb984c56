package gov.perftarget.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CachingHeadersTest {

    @Test
    void shouldMatchIfNoneMatchByWeakComparison() {
        assertTrue(CachingHeaders.matches("\"4\"", "\"4\""));
        assertTrue(CachingHeaders.matches("\"3\", W/\"4\"", "\"4\""));
        assertTrue(CachingHeaders.matches("*", "\"4\""));
        assertFalse(CachingHeaders.matches("\"3\"", "\"4\""));
        assertFalse(CachingHeaders.matches("", "\"4\""));
        assertFalse(CachingHeaders.matches(null, "\"4\""));
        assertFalse(CachingHeaders.matches("4", "\"4\""), "a tag is quoted");
    }
}
