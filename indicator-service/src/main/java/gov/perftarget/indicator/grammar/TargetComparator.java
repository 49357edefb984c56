package gov.perftarget.indicator.grammar;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a quantitative measure's value is to be read (docs/domain.md, target grammar): ≥ ＞ ＝ ＜ ≤, plus a range
 * ({@code 80%～90%}) whose bounds are {@code value} and {@code upperValue}.
 */
@Schema(name = "Comparator") // the API name of the glossary's comparator
public enum TargetComparator {
    AT_LEAST("≥"),
    MORE_THAN("＞"),
    EQUAL("＝"),
    LESS_THAN("＜"),
    AT_MOST("≤"),
    BETWEEN("～");

    private final String symbol;

    TargetComparator(String symbol) {
        this.symbol = symbol;
    }

    /** The sign as the API and the forms write it. */
    @JsonValue
    public String symbol() {
        return symbol;
    }
}
