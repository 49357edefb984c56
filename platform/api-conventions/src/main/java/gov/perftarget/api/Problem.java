package gov.perftarget.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, served as {@code application/problem+json} by every service.
 *
 * @param type     stable URI naming the kind of error
 * @param title    short English summary of the kind of error
 * @param status   the HTTP status
 * @param detail   what went wrong, in Chinese
 * @param detailEn what went wrong, in English
 * @param instance the request path that failed
 * @param errors   one entry per invalid field, empty when the error is not about fields
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String detailEn, String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Every problem type URI starts with this. */
    public static final String TYPE_PREFIX = "urn:perftarget:problem:";

    /**
     * One invalid field.
     *
     * @param field     path of the field in the request, e.g. {@code budget.basicExpenditure} or {@code keyTasks[2].name}
     * @param message   what is wrong, in Chinese
     * @param messageEn what is wrong, in English
     */
    public record FieldError(String field, String message, String messageEn) {

        /**
         * Builds a field error from a bilingual message written {@code "中文|English"}, the convention
         * of every constraint message in this project; a message without the bar is used for both.
         */
        public static FieldError ofBilingual(String field, String bilingualMessage) {
            int bar = bilingualMessage.indexOf('|');
            if (bar < 0) {
                return new FieldError(field, bilingualMessage, bilingualMessage);
            }
            return new FieldError(field, bilingualMessage.substring(0, bar).trim(),
                    bilingualMessage.substring(bar + 1).trim());
        }
    }
}
