package gov.perftarget.rules;

/**
 * One result of a rule (审核发现): a stable code, its severity, the field or indicator it points
 * at, and a message in Chinese and in English.
 */
public record Finding(String code, Severity severity, String field, String message, String messageEn) {

    public static Finding error(String code, String field, String message, String messageEn) {
        return new Finding(code, Severity.ERROR, field, message, messageEn);
    }

    public static Finding warning(String code, String field, String message, String messageEn) {
        return new Finding(code, Severity.WARNING, field, message, messageEn);
    }

    public static Finding info(String code, String field, String message, String messageEn) {
        return new Finding(code, Severity.INFO, field, message, messageEn);
    }

    /** Named so that JSON mappers do not take it for a property. */
    public boolean is(Severity expected) {
        return severity == expected;
    }
}
