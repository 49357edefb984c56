package gov.perftarget.rules;

import gov.perftarget.messages.BilingualText;

/**
 * One result of a rule (审核发现): a stable code, its severity, the field or indicator it points
 * at, and a message in Chinese and in English.
 */
public record Finding(String code, Severity severity, String field, String message, String messageEn) {

    /** A finding of this kind, with its severity, about {@code field}, in Chinese and English. */
    public static Finding of(FindingCode code, String field, BilingualText message) {
        return new Finding(code.name(), code.severity(), field, message.zh(), message.en());
    }

    /** Named so that JSON mappers do not take it for a property. */
    public boolean is(Severity expected) {
        return severity == expected;
    }
}
