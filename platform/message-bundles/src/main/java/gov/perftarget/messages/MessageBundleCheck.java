package gov.perftarget.messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What each module's test asserts about its bundle: both languages hold the same keys, no text is blank, the
 * values a text uses are numbered from {0} without gaps, every key the sources ask for exists and every key is
 * asked for (a text nobody shows is a text nobody maintains).
 */
public final class MessageBundleCheck {

    private static final Pattern ASKED = Pattern.compile("MESSAGES\\.text\\(\\s*\"([^\"]+)\"");
    /** How a constraint names its message: {@code message = "{validation.page-must-not-be-negative}"}. */
    private static final Pattern CONSTRAINT_ASKED = Pattern.compile("\"\\{(validation\\.[^}\"]+)}\"");

    private MessageBundleCheck() {
    }

    /** Fails with every problem of {@code bundle} (see {@link #problems}); for each module's test. */
    public static void assertComplete(MessageBundle bundle, Path sources, String... builtKeyPrefixes) {
        List<String> problems = problems(bundle, sources, builtKeyPrefixes);
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
    }

    /** Fails with every problem of a module's input-constraint texts ({@code META-INF/validation-messages}). */
    public static void assertConstraintTexts(Class<?> anchor, Path sources) {
        MessageBundle bundle = MessageBundle.ofResource(anchor, "META-INF/validation-messages");
        List<String> problems = problems(bundle, askedKeys(sources, CONSTRAINT_ASKED));
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
    }

    /**
     * The problems of {@code bundle} against the Java sources under {@code sources}; keys starting with one of
     * {@code builtKeyPrefixes} are put together in code ({@code "title." + status}) and count as asked for.
     */
    public static List<String> problems(MessageBundle bundle, Path sources, String... builtKeyPrefixes) {
        return problems(bundle, askedKeys(sources, ASKED), builtKeyPrefixes);
    }

    private static List<String> problems(MessageBundle bundle, Set<String> asked, String... builtKeyPrefixes) {
        List<String> problems = new ArrayList<>();
        if (!bundle.chinese().keySet().equals(bundle.english().keySet())) {
            Set<String> onlyZh = new TreeSet<>(bundle.chinese().keySet());
            onlyZh.removeAll(bundle.english().keySet());
            Set<String> onlyEn = new TreeSet<>(bundle.english().keySet());
            onlyEn.removeAll(bundle.chinese().keySet());
            problems.add("only in Chinese: " + onlyZh + ", only in English: " + onlyEn);
        }
        for (String key : bundle.keys()) {
            String zh = bundle.chinese().get(key);
            String en = bundle.english().getOrDefault(key, "");
            if (zh.isBlank() || en.isBlank()) {
                problems.add(key + ": blank text");
            }
            Set<Integer> used = new TreeSet<>(values(zh));
            used.addAll(values(en));
            if (!used.isEmpty() && ((TreeSet<Integer>) used).last() != used.size() - 1) {
                problems.add(key + ": values " + used + " are not numbered 0.." + (used.size() - 1));
            }
        }
        for (String key : asked) {
            if (!bundle.has(key)) {
                problems.add(key + ": asked for in the sources, missing from the bundle");
            }
        }
        for (String key : bundle.keys()) {
            boolean built = Stream.of(builtKeyPrefixes).anyMatch(key::startsWith);
            if (!built && !asked.contains(key)) {
                problems.add(key + ": in the bundle, asked for nowhere");
            }
        }
        return problems;
    }

    private static Set<Integer> values(String text) {
        Set<Integer> values = new TreeSet<>();
        Matcher matcher = MessageBundle.VALUE.matcher(text);
        while (matcher.find()) {
            values.add(Integer.parseInt(matcher.group(1)));
        }
        return values;
    }

    private static Set<String> askedKeys(Path sources, Pattern asking) {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(file -> file.toString().endsWith(".java")).flatMap(file -> {
                try {
                    Matcher matcher = asking.matcher(Files.readString(file));
                    List<String> keys = new ArrayList<>();
                    while (matcher.find()) {
                        keys.add(matcher.group(1));
                    }
                    return keys.stream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
