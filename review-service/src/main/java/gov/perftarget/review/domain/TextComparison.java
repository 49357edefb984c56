package gov.perftarget.review.domain;

/** How an indicator's annual target text (年度指标值) compares with its period target text (实施周期指标值). */
public enum TextComparison {
    /** Character for character the same. */
    IDENTICAL,
    /** The same once white space is ignored (PDF line wraps, a stray space after a semicolon). */
    WHITESPACE_ONLY,
    /** Different words: the reviewer should compare them. */
    DIFFERENT;

    public static TextComparison of(String annual, String period) {
        if (annual.equals(period)) {
            return IDENTICAL;
        }
        return withoutWhitespace(annual).equals(withoutWhitespace(period)) ? WHITESPACE_ONLY : DIFFERENT;
    }

    private static String withoutWhitespace(String text) {
        // \s alone misses the full-width space U+3000 of Chinese documents
        return text.replaceAll("[\\s\\u3000\\u00A0]+", "");
    }
}
