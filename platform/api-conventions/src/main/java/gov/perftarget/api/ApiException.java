package gov.perftarget.api;

import static gov.perftarget.api.Messages.MESSAGES;

import java.util.List;

import gov.perftarget.messages.BilingualText;

/**
 * A request the service refuses on purpose: not found, conflicting, or breaking a business rule.
 * Mapped to a {@link Problem}; the message is given in Chinese and English.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final BilingualText detail;
    private final List<InvalidField> errors;

    public ApiException(ProblemType type, BilingualText detail, List<InvalidField> errors) {
        super(detail.en());
        this.status = type.status();
        this.type = type.slug();
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    /** A resource that does not exist, named in both languages ({@code resource.*} in the messages). */
    public static ApiException notFound(BilingualText what, Object id) {
        return new ApiException(ProblemType.NOT_FOUND, MESSAGES.text("problem.not-found", what.zh(), id, what.en()),
                List.of());
    }

    /** The request conflicts with the resource's state (409). */
    public static ApiException conflict(ProblemType type, BilingualText detail) {
        return new ApiException(type, detail, List.of());
    }

    /** The request is well-formed but breaks a business rule (422); each broken rule names its field. */
    public static ApiException unprocessable(ProblemType type, BilingualText detail, List<InvalidField> errors) {
        return new ApiException(type, detail, errors);
    }

    public static ApiException badRequest(String field, BilingualText detail) {
        return new ApiException(ProblemType.VALIDATION, detail, List.of(new InvalidField(field, detail)));
    }

    public int status() {
        return status;
    }

    /** The problem type's slug. */
    public String type() {
        return type;
    }

    public BilingualText detail() {
        return detail;
    }

    public List<InvalidField> errors() {
        return errors;
    }
}
