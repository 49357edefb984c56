package gov.perftarget.indicator.grammar;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a quantitative measure's value is to be read (domain.md §2): ≥ ＞ ＝ ＜ ≤, plus a range
 * ({@code 80%～90%}) whose bounds are {@code value} and {@code upperValue}.
 */
public enum Comparator {
    AT_LEAST("≥"),
    MORE_THAN("＞"),
    EQUAL("＝"),
    LESS_THAN("＜"),
    AT_MOST("≤"),
    BETWEEN("～");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    /** The sign as the API and the forms write it. */
    @JsonValue
    public String symbol() {
        return symbol;
    }
}
