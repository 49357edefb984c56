package gov.perftarget.indicator.grammar;

/** What a parsed measure asks its reader to check. */
public enum ParseWarning {
    /** A quantity with no sign (≥, ≤ …): read as a target to reach (≥). */
    SIGN_MISSING,
    /** A quantity with no unit. */
    UNIT_MISSING,
    /** 亿 or 万 alone, not after a money word: the kind of quantity is unclear. */
    AMBIGUOUS_UNIT,
    /** An approximate value (约500个, 500个左右): the number is kept, as a target to reach. */
    APPROXIMATE,
    /** Several numbers could be the target; the one after the sign (or the last) was taken. */
    AMBIGUOUS_NUMBER,
    /** The cell was longer than the reader takes; the rest is kept in the text but not read. */
    TRUNCATED
}
