package gov.perftarget.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The API conventions' list of problem types is the ProblemType enum written out: a type added, removed or
 * given another status fails here until docs/api-conventions.md says the same.
 */
class ProblemTypesDocumentedTest {

    static final String BEGIN = "<!-- problem-types: generated from ProblemType (ProblemTypesDocumentedTest) -->";
    static final String END = "<!-- /problem-types -->";

    static String table() {
        List<String> lines = new ArrayList<>(List.of("| type | status |", "| --- | --- |"));
        for (ProblemType type : ProblemType.values()) {
            lines.add("| `" + type.slug() + "` | " + type.status() + " |");
        }
        return String.join("\n", lines);
    }

    @Test
    void shouldListEveryProblemTypeWithItsStatusInTheApiConventions() throws Exception {
        String conventions = Files.readString(Path.of("../../docs/api-conventions.md"));
        int begin = conventions.indexOf(BEGIN);
        int end = conventions.indexOf(END);
        String documented = begin < 0 || end < begin ? "" : conventions.substring(begin + BEGIN.length(), end).strip();
        assertEquals(table(), documented, "docs/api-conventions.md's problem types differ from ProblemType; the list should read:\n"
                + BEGIN + "\n" + table() + "\n" + END);
    }

    @Test
    void shouldNameEachTypeOnceWithAClientOrServerErrorStatus() {
        assertEquals(ProblemType.values().length,
                java.util.Arrays.stream(ProblemType.values()).map(ProblemType::slug).distinct().count());
        for (ProblemType type : ProblemType.values()) {
            assertEquals(true, type.status() >= 400 && type.status() < 600, type.slug());
        }
        assertEquals("http-405", ProblemType.slugOfStatus(405));
        assertEquals("http-418", ProblemType.slugOfStatus(418));
    }
}
