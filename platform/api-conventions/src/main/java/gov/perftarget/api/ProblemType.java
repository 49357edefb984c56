package gov.perftarget.api;

/**
 * Every kind of problem (错误类型) the services answer with: its stable slug, which ends the problem's
 * {@code type} URI ({@code urn:perftarget:problem:<slug>}), and its HTTP status. The list in
 * docs/api-conventions.md is this enum written out (ProblemTypesDocumentedTest keeps it so).
 */
public enum ProblemType {
    VALIDATION("validation", 400),
    UNAUTHENTICATED("unauthenticated", 401),
    FORBIDDEN("forbidden", 403),
    NOT_FOUND("not-found", 404),
    HTTP_405("http-405", 405),
    HTTP_406("http-406", 406),
    CONFLICT("conflict", 409),
    DEAD_LETTER_WITHOUT_ORIGIN("dead-letter-without-origin", 409),
    DECLARATION_EXISTS("declaration-exists", 409),
    DECLARATION_NOT_EDITABLE("declaration-not-editable", 409),
    DEPARTMENT_CODE_TAKEN("department-code-taken", 409),
    MONITORING_REPORT_SUBMITTED("monitoring-report-submitted", 409),
    REVIEW_ALREADY_DECIDED("review-already-decided", 409),
    REVIEW_NOT_READY("review-not-ready", 409),
    REVIEW_SUPERSEDED("review-superseded", 409),
    REVISION_NOT_APPROVED("revision-not-approved", 409),
    SCORING_RULE_SET_VERSION_TAKEN("scoring-rule-set-version-taken", 409),
    STALE_VERSION("stale-version", 412),
    FORM_TOO_LARGE("form-too-large", 413),
    REQUEST_TOO_LARGE("request-too-large", 413),
    URI_TOO_LONG("uri-too-long", 414),
    HTTP_415("http-415", 415),
    BUDGET_IDENTITIES_FAILED("budget-identities-failed", 422),
    DECLARATION_IDENTITY_FIXED("declaration-identity-fixed", 422),
    DEPARTMENT_CYCLE("department-cycle", 422),
    FORM_INVALID("form-invalid", 422),
    FORM_UNREADABLE("form-unreadable", 422),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422),
    INDICATOR_SET_UNKNOWN("indicator-set-unknown", 422),
    INVALID_INDICATORS("invalid-indicators", 422),
    INVALID_LIBRARY_INDICATOR("invalid-library-indicator", 422),
    LIBRARY_INDICATOR_UNUSABLE("library-indicator-unusable", 422),
    MONITORING_REPORT_INCOMPLETE("monitoring-report-incomplete", 422),
    MONITORING_ROUND_INVALID("monitoring-round-invalid", 422),
    MONITORING_RULES_INVALID("monitoring-rules-invalid", 422),
    REVIEW_DECISION_INVALID("review-decision-invalid", 422),
    SCORING_RULES_INVALID("scoring-rules-invalid", 422),
    SELF_EVALUATION_INCOMPLETE("self-evaluation-incomplete", 422),
    UNKNOWN_DEPARTMENT("unknown-department", 422),
    VALUE_DOES_NOT_FIT_MEASURE("value-does-not-fit-measure", 422),
    PRECONDITION_REQUIRED("precondition-required", 428),
    HEADERS_TOO_LARGE("headers-too-large", 431),
    INTERNAL("internal", 500),
    BUDGET_SERVICE_UNAVAILABLE("budget-service-unavailable", 503),
    INDICATOR_SERVICE_UNAVAILABLE("indicator-service-unavailable", 503),
    KAFKA_UNAVAILABLE("kafka-unavailable", 503),
    UNAVAILABLE("unavailable", 503);

    private final String slug;
    private final int status;

    ProblemType(String slug, int status) {
        this.slug = slug;
        this.status = status;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    /** The problem type of a refusal the HTTP layer makes with this status ({@code http-<status>} when none is listed). */
    public static String slugOfStatus(int status) {
        for (ProblemType type : values()) {
            if (type.slug.equals("http-" + status)) {
                return type.slug;
            }
        }
        return "http-" + status;
    }
}
