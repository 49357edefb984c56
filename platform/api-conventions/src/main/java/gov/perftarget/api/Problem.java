package gov.perftarget.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, served as {@code application/problem+json} by every service. Title,
 * detail and field messages are in the language chosen by {@code Accept-Language} ({@link Language}).
 *
 * @param type     stable URI naming the kind of error
 * @param title    short summary of the kind of error
 * @param status   the HTTP status
 * @param detail   what went wrong in this occurrence
 * @param instance the request path that failed
 * @param errors   one entry per invalid field, empty when the error is not about fields
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "错误详情 (problem details, RFC 9457), in the language chosen by Accept-Language")
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Every problem type URI starts with this. */
    public static final String TYPE_PREFIX = "urn:perftarget:problem:";

    /**
     * One invalid field, as the client sees it.
     *
     * @param field   path of the field in the request, e.g. {@code budget.basicExpenditure} or {@code keyTasks[2].name}
     * @param message what is wrong
     */
    @Schema(name = "ProblemFieldError", description = "无效字段 (invalid field)")
    public record FieldError(String field, String message) {
    }
}
