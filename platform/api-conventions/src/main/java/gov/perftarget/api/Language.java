package gov.perftarget.api;

import gov.perftarget.messages.BilingualText;

import java.util.Locale;

/**
 * The language of the messages in a response, chosen by the request's {@code Accept-Language}
 * (RFC 9110 §12.5.4): Chinese unless the client prefers English over Chinese.
 */
public enum Language {
    ZH("zh-CN"), EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The text in this language. */
    public String of(BilingualText text) {
        return this == EN ? text.en() : text.zh();
    }

    /** The language tag for the {@code Content-Language} header. */
    public String tag() {
        return tag;
    }

    /**
     * The language to answer in: the entry with the highest weight ({@code q}) among those naming
     * Chinese or English; the first of equal weights wins; Chinese when none names either.
     */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ZH;
        }
        Language best = ZH;
        double bestWeight = -1;
        for (String entry : header.split(",")) {
            String[] parts = entry.trim().split(";");
            if (parts.length == 0) {
                continue; // an empty entry such as ";" names no language
            }
            String range = parts[0].trim().toLowerCase(Locale.ROOT);
            Language language = range.equals("en") || range.startsWith("en-") ? EN
                    : range.equals("zh") || range.startsWith("zh-") || range.equals("*") ? ZH : null;
            double weight = weight(parts);
            if (language != null && weight > 0 && weight > bestWeight) {
                best = language;
                bestWeight = weight;
            }
        }
        return best;
    }

    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    double weight = Double.parseDouble(parameter.substring(2).trim());
                    return Double.isFinite(weight) ? weight : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
