package gov.perftarget.rules;

/**
 * A kind of finding (审核发现): its stable code and its severity. Each set of rules lists its own codes as
 * an enum, so that a code, its severity and its documentation cannot drift apart.
 */
public interface FindingCode {

    /** The code as findings and the API carry it, e.g. {@code MISSING_OUTCOME_INDICATOR}. */
    String name();

    Severity severity();
}
