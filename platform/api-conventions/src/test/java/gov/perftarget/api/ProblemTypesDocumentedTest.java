package gov.perftarget.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import gov.perftarget.testing.GeneratedSection;

/**
 * The API conventions' list of problem types is the ProblemType enum written out: a type added, removed or
 * given another status fails here until docs/api-conventions.md says the same.
 */
class ProblemTypesDocumentedTest {

    static String table() {
        List<String> lines = new ArrayList<>(List.of("| type | status |", "| --- | --- |"));
        for (ProblemType type : ProblemType.values()) {
            lines.add("| `" + type.slug() + "` | " + type.status() + " |");
        }
        return String.join("\n", lines);
    }

    @Test
    void shouldListEveryProblemTypeWithItsStatusInTheApiConventions() throws Exception {
        GeneratedSection.assertUpToDate(Path.of("../../docs/api-conventions.md"), "problem-types", table());
    }

    @Test
    void shouldNameEachTypeOnceWithAClientOrServerErrorStatus() {
        assertEquals(ProblemType.values().length,
                java.util.Arrays.stream(ProblemType.values()).map(ProblemType::slug).distinct().count());
        for (ProblemType type : ProblemType.values()) {
            assertEquals(true, type.status() >= 400 && type.status() < 600, type.slug());
            // OperationProblemTypes (test-support) reads a constant's slug from its name
            assertEquals(type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), type.slug());
        }
        assertEquals("http-405", ProblemType.slugOfStatus(405));
        assertEquals("http-418", ProblemType.slugOfStatus(418));
    }
}
