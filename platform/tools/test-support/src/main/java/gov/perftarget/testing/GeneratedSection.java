package gov.perftarget.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A section of a document that is code written out (a list of codes, say), between the markers
 * {@code <!-- generated: NAME -->} and {@code <!-- /generated: NAME -->}: it must read exactly as the code
 * gives it, so that document and code cannot drift apart. A failure prints the section to paste.
 */
public final class GeneratedSection {

    private GeneratedSection() {
    }

    public static void assertUpToDate(Path document, String name, String expected) throws IOException {
        String begin = "<!-- generated: " + name + " -->";
        String end = "<!-- /generated: " + name + " -->";
        String text = Files.readString(document);
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        String written = from < 0 || to < from ? "" : text.substring(from + begin.length(), to).strip();
        assertEquals(expected, written, document + " differs from the code; the section should read:\n" + begin + "\n"
                + expected + "\n" + end);
    }
}
