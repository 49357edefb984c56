package gov.perftarget.api;

import java.util.List;

/**
 * A request the service refuses on purpose: not found, conflicting, or breaking a business rule.
 * Mapped to a {@link Problem}; the message is given in Chinese and English.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String detail;
    private final String detailEn;
    private final List<InvalidField> errors;

    public ApiException(ProblemType type, String detail, String detailEn, List<InvalidField> errors) {
        super(detailEn);
        this.status = type.status();
        this.type = type.slug();
        this.detail = detail;
        this.detailEn = detailEn;
        this.errors = List.copyOf(errors);
    }

    /** A resource that does not exist, named in Chinese ({@code 申报表}) and English ({@code declaration}). */
    public static ApiException notFound(String whatZh, String whatEn, Object id) {
        return new ApiException(ProblemType.NOT_FOUND, "未找到" + whatZh + "：" + id,
                "No " + whatEn + " with id " + id, List.of());
    }

    /** The request conflicts with the resource's state (409). */
    public static ApiException conflict(ProblemType type, String detail, String detailEn) {
        return new ApiException(type, detail, detailEn, List.of());
    }

    /** The request is well-formed but breaks a business rule (422); each broken rule names its field. */
    public static ApiException unprocessable(ProblemType type, String detail, String detailEn,
            List<InvalidField> errors) {
        return new ApiException(type, detail, detailEn, errors);
    }

    public static ApiException badRequest(String field, String detail, String detailEn) {
        return new ApiException(ProblemType.VALIDATION, detail, detailEn,
                List.of(new InvalidField(field, detail, detailEn)));
    }

    public int status() {
        return status;
    }

    /** The problem type's slug. */
    public String type() {
        return type;
    }

    public String detail() {
        return detail;
    }

    public String detailEn() {
        return detailEn;
    }

    public List<InvalidField> errors() {
        return errors;
    }
}
