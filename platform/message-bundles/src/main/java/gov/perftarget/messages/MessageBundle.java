package gov.perftarget.messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One module's texts (消息资源): {@code messages_zh.properties} and {@code messages_en.properties} in the
 * module's base package, read as UTF-8. A text's values are written {@code {0}}, {@code {1}} … and filled
 * in as plain strings (no MessageFormat: no grouping of numbers, no quoting rules for apostrophes).
 * Each language may use any of the values, in its own order.
 */
public final class MessageBundle {

    static final Pattern VALUE = Pattern.compile("\\{(\\d+)}");

    private final String name;
    private final Map<String, String> zh;
    private final Map<String, String> en;

    private MessageBundle(String name, Map<String, String> zh, Map<String, String> en) {
        this.name = name;
        this.zh = zh;
        this.en = en;
    }

    /** The bundle beside {@code anchor}'s package, read with its class loader (where the module's resources are). */
    public static MessageBundle of(Class<?> anchor) {
        String base = anchor.getPackageName().replace('.', '/') + "/messages";
        return new MessageBundle(base, read(anchor, base + "_zh.properties"), read(anchor, base + "_en.properties"));
    }

    /** The bundle {@code base_zh.properties} / {@code base_en.properties} at a fixed resource path (e.g. the input constraints'). */
    public static MessageBundle ofResource(Class<?> anchor, String base) {
        return new MessageBundle(base, read(anchor, base + "_zh.properties"), read(anchor, base + "_en.properties"));
    }

    /** The text under {@code key} in both languages, with {@code {i}} replaced by {@code values[i]}. */
    public BilingualText text(String key, Object... values) {
        return new BilingualText(fill(lookUp(zh, key, "zh"), values), fill(lookUp(en, key, "en"), values));
    }

    public boolean has(String key) {
        return zh.containsKey(key);
    }

    /** Every key, for the checks that each language has the same keys and values. */
    public Set<String> keys() {
        return zh.keySet();
    }

    public Map<String, String> chinese() {
        return zh;
    }

    public Map<String, String> english() {
        return en;
    }

    private String lookUp(Map<String, String> texts, String key, String language) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalStateException("No text '" + key + "' in " + name + "_" + language + ".properties");
        }
        return text;
    }

    static String fill(String template, Object... values) {
        Matcher matcher = VALUE.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            int index = Integer.parseInt(matcher.group(1));
            String value = index < values.length ? asText(values[index]) : matcher.group();
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(filled).toString();
    }

    private static String asText(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
    }

    private static Map<String, String> read(Class<?> anchor, String resource) {
        ClassLoader loader = anchor.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No message bundle " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new TreeMap<>();
            properties.forEach((key, text) -> texts.put((String) key, (String) text));
            return Map.copyOf(texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
