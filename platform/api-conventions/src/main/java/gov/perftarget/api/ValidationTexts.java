package gov.perftarget.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;

import gov.perftarget.messages.BilingualText;

/**
 * The messages of the input constraints (校验消息), as data: a constraint names its text by key
 * ({@code message = "{validation.page-must-not-be-negative}"}) and every module that declares constraints keeps
 * the texts in {@code META-INF/validation-messages_zh.properties} and {@code _en.properties}; all of them on the
 * class path are read once and merged (the same key with two texts is a build error, caught by the modules'
 * {@code MessagesTest}). A text's {@code {value}}, {@code {min}}, {@code {max}} … are the constraint's attributes.
 */
public final class ValidationTexts {

    static final String RESOURCE = "META-INF/validation-messages_%s.properties";
    private static final Pattern KEY = Pattern.compile("^\\{(validation\\.[^}]+)}$");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Map<String, String> ZH = load("zh");
    private static final Map<String, String> EN = load("en");

    private ValidationTexts() {
    }

    /** The violation's message in both languages; a message without a key (a library's own) in both as given. */
    public static BilingualText of(ConstraintViolation<?> violation) {
        Matcher key = KEY.matcher(String.valueOf(violation.getMessageTemplate()));
        if (key.matches() && ZH.containsKey(key.group(1)) && EN.containsKey(key.group(1))) {
            Map<String, Object> attributes = violation.getConstraintDescriptor() == null ? Map.of()
                    : violation.getConstraintDescriptor().getAttributes();
            return new BilingualText(fill(ZH.get(key.group(1)), attributes), fill(EN.get(key.group(1)), attributes));
        }
        InvalidField bilingual = InvalidField.ofBilingual("", violation.getMessage());
        return bilingual.text();
    }

    private static String fill(String template, Map<String, Object> attributes) {
        Matcher matcher = ATTRIBUTE.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            Object value = attributes.get(matcher.group(1));
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null ? matcher.group() : String.valueOf(value)));
        }
        return matcher.appendTail(filled).toString();
    }

    /** Every module's texts of one language, merged. */
    static Map<String, String> load(String language) {
        Map<String, String> texts = new HashMap<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : ValidationTexts.class.getClassLoader();
        try {
            for (URL url : Collections.list(loader.getResources(String.format(RESOURCE, language)))) {
                Properties properties = new Properties();
                try (InputStream in = url.openStream()) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                properties.forEach((key, text) -> {
                    String earlier = texts.putIfAbsent((String) key, (String) text);
                    if (earlier != null && !earlier.equals(text)) {
                        throw new IllegalStateException("Two texts for " + key + " (" + language + "): " + url);
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(texts);
    }
}
